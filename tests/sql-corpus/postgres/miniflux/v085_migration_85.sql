-- revision: v085
-- down_revision: v084
-- message: miniflux/v2 migration_85

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN linkwarden_enabled bool default 'f',
	ADD COLUMN linkwarden_url text default '',
	ADD COLUMN linkwarden_api_key text default '';

-- migrate:down irreversible
