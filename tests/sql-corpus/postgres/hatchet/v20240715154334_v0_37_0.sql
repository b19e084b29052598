-- revision: v20240715154334
-- down_revision: v20240712142946
-- message: hatchet-dev/hatchet v0_37_0

-- migrate:up
-- Modify "WorkflowRun" table
ALTER TABLE "WorkflowRun" ADD COLUMN "duration" integer NULL;

-- migrate:down irreversible
