-- revision: v101
-- down_revision: v100
-- message: miniflux/v2 migration_101

-- migrate:up
ALTER TABLE integrations ADD COLUMN ntfy_internal_links bool default 'f';

-- migrate:down irreversible
