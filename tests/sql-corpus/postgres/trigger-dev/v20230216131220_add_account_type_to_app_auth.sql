-- revision: v20230216131220
-- down_revision: v20230216100218
-- message: triggerdotdev/trigger.dev add_account_type_to_app_auth

-- migrate:up
-- CreateEnum
CREATE TYPE "GitHubAccountType" AS ENUM ('USER', 'ORGANIZATION');

-- AlterTable
ALTER TABLE "GitHubAppAuthorization" ADD COLUMN     "accountType" "GitHubAccountType" NOT NULL DEFAULT 'USER';

-- migrate:down irreversible
