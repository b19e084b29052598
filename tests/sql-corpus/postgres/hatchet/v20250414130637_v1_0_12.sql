-- revision: v20250414130637
-- down_revision: v20250407012633
-- message: hatchet-dev/hatchet v1_0_12

-- migrate:up
-- +goose StatementBegin
ALTER TABLE "WorkflowRunTriggeredBy" DROP CONSTRAINT "WorkflowRunTriggeredBy_cronParentId_cronSchedule_cronName_fkey";
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE "WorkflowRunTriggeredBy" ADD CONSTRAINT "WorkflowRunTriggeredBy_cronParentId_cronSchedule_cronName_fkey" FOREIGN KEY ("cronParentId", "cronSchedule", "cronName") REFERENCES "WorkflowTriggerCronRef"("parentId", "cron", "name") ON DELETE SET NULL ON UPDATE CASCADE;
-- +goose StatementEnd
