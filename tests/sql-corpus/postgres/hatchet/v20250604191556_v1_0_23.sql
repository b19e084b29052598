-- revision: v20250604191556
-- down_revision: v20250602191423
-- message: hatchet-dev/hatchet v1_0_23

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_events_olap ADD COLUMN scope TEXT;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_events_olap DROP COLUMN scope;
-- +goose StatementEnd
