-- revision: v056
-- down_revision: v055
-- message: miniflux/v2 migration_56

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN linkding_enabled bool default 'f',
	ADD COLUMN linkding_url text default '',
	ADD COLUMN linkding_api_key text default '';

-- migrate:down irreversible
