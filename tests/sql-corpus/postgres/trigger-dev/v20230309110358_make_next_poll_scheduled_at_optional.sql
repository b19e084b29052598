-- revision: v20230309110358
-- down_revision: v20230309110318
-- message: triggerdotdev/trigger.dev make_next_poll_scheduled_at_optional

-- migrate:up
-- AlterTable
ALTER TABLE "DeploymentLogPoll" ALTER COLUMN "nextPollScheduledAt" DROP NOT NULL;

-- migrate:down irreversible
