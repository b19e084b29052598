-- revision: v031
-- down_revision: v030
-- message: miniflux/v2 migration_31

-- migrate:up
ALTER TABLE feeds ADD COLUMN ignore_http_cache bool default false;

-- migrate:down irreversible
