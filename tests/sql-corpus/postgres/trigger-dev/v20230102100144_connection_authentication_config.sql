-- revision: v20230102100144
-- down_revision: v20230102095903
-- message: triggerdotdev/trigger.dev connection_authentication_config

-- migrate:up
-- AlterTable
ALTER TABLE "APIConnection" ADD COLUMN     "authenticationConfig" JSONB;

-- migrate:down irreversible
