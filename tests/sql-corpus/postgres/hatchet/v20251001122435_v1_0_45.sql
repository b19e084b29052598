-- revision: v20251001122435
-- down_revision: v20250930153446
-- message: hatchet-dev/hatchet v1_0_45

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_payload_wal ALTER COLUMN operation SET DEFAULT 'CREATE';
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_payload_wal ALTER COLUMN operation DROP DEFAULT;
-- +goose StatementEnd
