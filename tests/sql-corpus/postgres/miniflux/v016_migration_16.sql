-- revision: v016
-- down_revision: v015
-- message: miniflux/v2 migration_16

-- migrate:up
ALTER TABLE entries ADD COLUMN comments_url text default '';

-- migrate:down irreversible
