-- revision: v015
-- down_revision: v014
-- message: miniflux/v2 migration_15

-- migrate:up
ALTER TABLE enclosures ALTER COLUMN size SET DATA TYPE bigint;

-- migrate:down irreversible
