-- revision: v20230102095903
-- down_revision: v20221229121050
-- message: triggerdotdev/trigger.dev connection_added_authentication_method

-- migrate:up
-- CreateEnum
CREATE TYPE "APIAuthenticationMethod" AS ENUM ('OAUTH', 'API_KEY');

-- AlterTable
ALTER TABLE "APIConnection" ADD COLUMN     "authenticationMethod" "APIAuthenticationMethod" NOT NULL DEFAULT 'OAUTH';

-- migrate:down irreversible
