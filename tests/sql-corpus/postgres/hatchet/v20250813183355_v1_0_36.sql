-- revision: v20250813183355
-- down_revision: v20250801183812
-- message: hatchet-dev/hatchet v1_0_36

-- migrate:up
-- +goose StatementBegin
ALTER TYPE v1_incoming_webhook_source_name ADD VALUE IF NOT EXISTS 'SLACK';
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
-- intentionally blank
-- +goose StatementEnd
