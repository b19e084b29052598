-- revision: v20230302104940
-- down_revision: v20230224144605
-- message: triggerdotdev/trigger.dev add_metadata_to_workflows

-- migrate:up
-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "metadata" JSONB;

-- migrate:down irreversible
