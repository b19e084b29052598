-- revision: v014
-- down_revision: v013
-- message: miniflux/v2 migration_14

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN nunux_keeper_enabled bool default 'f',
	ADD COLUMN nunux_keeper_url text default '',
	ADD COLUMN nunux_keeper_api_key text default '';

-- migrate:down irreversible
