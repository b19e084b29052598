-- revision: v073
-- down_revision: v072
-- message: miniflux/v2 migration_73

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN apprise_enabled bool default 'f',
	ADD COLUMN apprise_url text default '',
	ADD COLUMN apprise_services_url text default '';

-- migrate:down irreversible
