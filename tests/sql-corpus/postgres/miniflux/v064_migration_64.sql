-- revision: v064
-- down_revision: v063
-- message: miniflux/v2 migration_64

-- migrate:up
ALTER TABLE entries ADD COLUMN tags text[] default '{}';

-- migrate:down irreversible
