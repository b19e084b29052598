-- revision: v017
-- down_revision: v016
-- message: miniflux/v2 migration_17

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN pocket_enabled bool default 'f',
	ADD COLUMN pocket_access_token text default '',
	ADD COLUMN pocket_consumer_key text default '';

-- migrate:down irreversible
