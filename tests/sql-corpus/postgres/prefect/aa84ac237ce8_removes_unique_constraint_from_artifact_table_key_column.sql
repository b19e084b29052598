-- revision: aa84ac237ce8
-- down_revision: 4a1a0e4f89de
-- message: PrefectHQ/prefect removes_unique_constraint_from_artifact_table_key_column

-- migrate:up
-- alembic: upgrade 4a1a0e4f89de -> aa84ac237ce8

DROP INDEX ix_artifact__key;

CREATE INDEX ix_artifact__key ON artifact (key);

-- migrate:down
-- alembic: downgrade aa84ac237ce8 -> 4a1a0e4f89de

DROP INDEX ix_artifact__key;

CREATE UNIQUE INDEX ix_artifact__key ON artifact (key);
