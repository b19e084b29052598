-- revision: v012
-- down_revision: v011
-- message: miniflux/v2 migration_12

-- migrate:up
ALTER TABLE entries ADD COLUMN starred bool default 'f';

-- migrate:down irreversible
