-- revision: v20250606213933
-- down_revision: v20250604191556
-- message: hatchet-dev/hatchet v1_0_24

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_filter
ADD COLUMN is_declarative BOOLEAN NOT NULL DEFAULT FALSE;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_filter
DROP COLUMN is_declarative;
-- +goose StatementEnd
