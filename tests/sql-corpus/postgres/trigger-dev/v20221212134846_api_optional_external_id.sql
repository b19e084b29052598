-- revision: v20221212134846
-- down_revision: v20221212112045
-- message: triggerdotdev/trigger.dev api_optional_external_id

-- migrate:up
-- AlterTable
ALTER TABLE "APIConnection" ALTER COLUMN "externalId" DROP NOT NULL;

-- migrate:down irreversible
