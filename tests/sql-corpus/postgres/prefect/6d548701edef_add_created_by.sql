-- revision: 6d548701edef
-- down_revision: ad4b1b4d1e9d
-- message: PrefectHQ/prefect add_created_by

-- migrate:up
-- alembic: upgrade ad4b1b4d1e9d -> 6d548701edef

ALTER TABLE deployment ADD COLUMN created_by JSONB;

ALTER TABLE deployment ADD COLUMN updated_by JSONB;

ALTER TABLE flow_run ADD COLUMN created_by JSONB;

-- migrate:down
-- alembic: downgrade 6d548701edef -> ad4b1b4d1e9d

ALTER TABLE flow_run DROP COLUMN created_by;

ALTER TABLE deployment DROP COLUMN updated_by;

ALTER TABLE deployment DROP COLUMN created_by;
