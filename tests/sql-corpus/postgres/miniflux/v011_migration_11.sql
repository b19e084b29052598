-- revision: v011
-- down_revision: v010
-- message: miniflux/v2 migration_11

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN wallabag_enabled bool default 'f',
	ADD COLUMN wallabag_url text default '',
	ADD COLUMN wallabag_client_id text default '',
	ADD COLUMN wallabag_client_secret text default '',
	ADD COLUMN wallabag_username text default '',
	ADD COLUMN wallabag_password text default '';

-- migrate:down irreversible
