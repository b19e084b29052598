-- revision: v20230308151627
-- down_revision: v20230308120746
-- message: triggerdotdev/trigger.dev add_log_number

-- migrate:up
-- AlterTable
ALTER TABLE "DeploymentLog" ADD COLUMN     "logNumber" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
