-- revision: v20230309111003
-- down_revision: v20230309110358
-- message: triggerdotdev/trigger.dev add_created_at_to_polls

-- migrate:up
-- AlterTable
ALTER TABLE "DeploymentLogPoll" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
