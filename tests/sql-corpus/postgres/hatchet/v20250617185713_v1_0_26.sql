-- revision: v20250617185713
-- down_revision: v20250612173730
-- message: hatchet-dev/hatchet v1_0_26

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_filter ADD COLUMN payload_hash TEXT GENERATED ALWAYS AS (MD5(payload::TEXT)) STORED;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_filter DROP COLUMN payload_hash;
-- +goose StatementEnd
