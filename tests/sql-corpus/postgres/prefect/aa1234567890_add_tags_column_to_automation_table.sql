-- revision: aa1234567890
-- down_revision: 1c9bb7f78263
-- message: PrefectHQ/prefect add_tags_column_to_automation_table

-- migrate:up
-- alembic: upgrade 1c9bb7f78263 -> aa1234567890

ALTER TABLE automation ADD COLUMN tags JSONB DEFAULT '[]' NOT NULL;

-- migrate:down
-- alembic: downgrade aa1234567890 -> 1c9bb7f78263

ALTER TABLE automation DROP COLUMN tags;
