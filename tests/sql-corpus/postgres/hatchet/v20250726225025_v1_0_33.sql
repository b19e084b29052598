-- revision: v20250726225025
-- down_revision: v20250726214427
-- message: hatchet-dev/hatchet v1_0_33

-- migrate:up
-- +goose StatementBegin
ALTER TYPE "LimitResource" ADD VALUE IF NOT EXISTS 'INCOMING_WEBHOOK';
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
-- +goose StatementEnd
