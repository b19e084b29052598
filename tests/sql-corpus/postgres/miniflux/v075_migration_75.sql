-- revision: v075
-- down_revision: v074
-- message: miniflux/v2 migration_75

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN shaarli_enabled bool default 'f',
	ADD COLUMN shaarli_url text default '',
	ADD COLUMN shaarli_api_secret text default '';

-- migrate:down irreversible
