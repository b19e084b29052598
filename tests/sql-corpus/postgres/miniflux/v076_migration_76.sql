-- revision: v076
-- down_revision: v075
-- message: miniflux/v2 migration_76

-- migrate:up
ALTER TABLE feeds ADD COLUMN apprise_service_urls text default '';

-- migrate:down irreversible
