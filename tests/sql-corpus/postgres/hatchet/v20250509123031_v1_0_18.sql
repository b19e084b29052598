-- revision: v20250509123031
-- down_revision: v20250507193114
-- message: hatchet-dev/hatchet v1_0_18

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_log_line
    ADD COLUMN retry_count INTEGER NOT NULL DEFAULT 0;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_log_line
    DROP COLUMN retry_count;
-- +goose StatementEnd
