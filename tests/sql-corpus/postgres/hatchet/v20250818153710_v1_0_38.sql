-- revision: v20250818153710
-- down_revision: v20250817183956
-- message: hatchet-dev/hatchet v1_0_38

-- migrate:up
-- +goose StatementBegin
ALTER TYPE v1_incoming_webhook_source_name ADD VALUE IF NOT EXISTS 'LINEAR';
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
-- intentionally blank
-- +goose StatementEnd
