-- revision: v20250327185734
-- down_revision: v20250323220955
-- message: hatchet-dev/hatchet v1_0_9

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_dags_olap ADD COLUMN total_tasks INT NOT NULL DEFAULT 1;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_dags_olap DROP COLUMN total_tasks;
-- +goose StatementEnd
