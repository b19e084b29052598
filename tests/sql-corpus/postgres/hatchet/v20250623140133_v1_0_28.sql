-- revision: v20250623140133
-- down_revision: v20250617192510
-- message: hatchet-dev/hatchet v1_0_28

-- migrate:up
-- +goose StatementBegin
ALTER TABLE "WorkflowVersion" ADD COLUMN "createWorkflowVersionOpts" JSONB;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE "WorkflowVersion" DROP COLUMN "createWorkflowVersionOpts";
-- +goose StatementEnd
