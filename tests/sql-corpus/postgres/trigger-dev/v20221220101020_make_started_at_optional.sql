-- revision: v20221220101020
-- down_revision: v20221220100932
-- message: triggerdotdev/trigger.dev make_started_at_optional

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRun" ALTER COLUMN "startedAt" DROP NOT NULL,
ALTER COLUMN "startedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "WorkflowRunStep" ALTER COLUMN "startedAt" DROP NOT NULL,
ALTER COLUMN "startedAt" DROP DEFAULT;

-- migrate:down irreversible
