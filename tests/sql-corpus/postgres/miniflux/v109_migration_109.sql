-- revision: v109
-- down_revision: v108
-- message: miniflux/v2 migration_109

-- migrate:up
ALTER TABLE integrations ADD COLUMN rssbridge_token text default '';

-- migrate:down irreversible
