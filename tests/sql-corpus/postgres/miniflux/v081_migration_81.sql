-- revision: v081
-- down_revision: v080
-- message: miniflux/v2 migration_81

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN rssbridge_enabled bool default 'f',
	ADD COLUMN rssbridge_url text default '';

-- migrate:down irreversible
