-- revision: v095
-- down_revision: v094
-- message: miniflux/v2 migration_95

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN ntfy_enabled bool default 'f',
	ADD COLUMN ntfy_url text default '',
	ADD COLUMN ntfy_topic text default '',
	ADD COLUMN ntfy_api_token text default '',
	ADD COLUMN ntfy_username text default '',
	ADD COLUMN ntfy_password text default '',
	ADD COLUMN ntfy_icon_url text default '';

ALTER TABLE feeds
	ADD COLUMN ntfy_enabled bool default 'f',
	ADD COLUMN ntfy_priority int default '3';

-- migrate:down irreversible
