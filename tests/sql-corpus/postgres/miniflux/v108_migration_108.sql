-- revision: v108
-- down_revision: v107
-- message: miniflux/v2 migration_108

-- migrate:up
ALTER TABLE feeds ADD COLUMN proxy_url text default '';

-- migrate:down irreversible
