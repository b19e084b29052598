-- revision: v20230105175909
-- down_revision: v20230105173643
-- message: triggerdotdev/trigger.dev make_ts_a_string

-- migrate:up
-- AlterTable
ALTER TABLE "WorkflowRunStep" ALTER COLUMN "ts" SET DATA TYPE TEXT;

-- migrate:down irreversible
