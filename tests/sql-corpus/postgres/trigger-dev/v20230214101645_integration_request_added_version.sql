-- revision: v20230214101645
-- down_revision: v20230213154802
-- message: triggerdotdev/trigger.dev integration_request_added_version

-- migrate:up
-- AlterTable
ALTER TABLE "IntegrationRequest" ADD COLUMN     "version" TEXT NOT NULL DEFAULT '1';

-- migrate:down irreversible
