-- revision: 4a1a0e4f89de
-- down_revision: 7d918a392297
-- message: PrefectHQ/prefect add_description_column_to_artifact_table

-- migrate:up
-- alembic: upgrade 7d918a392297 -> 4a1a0e4f89de

ALTER TABLE artifact ADD COLUMN description VARCHAR;

-- migrate:down
-- alembic: downgrade 4a1a0e4f89de -> 7d918a392297

ALTER TABLE artifact DROP COLUMN description;
