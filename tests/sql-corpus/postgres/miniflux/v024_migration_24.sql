-- revision: v024
-- down_revision: v023
-- message: miniflux/v2 migration_24

-- migrate:up
ALTER TABLE feeds ADD COLUMN disabled boolean default 'f';

-- migrate:down irreversible
