-- revision: v20230120014641
-- down_revision: v20230120014606
-- message: triggerdotdev/trigger.dev add_timed_out_columns

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "timedOutAt" TIMESTAMP(3),
ADD COLUMN     "timedOutReason" TEXT;

-- migrate:down irreversible
