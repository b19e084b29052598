-- revision: v084
-- down_revision: v083
-- message: miniflux/v2 migration_84

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN linkace_enabled bool default 'f',
	ADD COLUMN linkace_url text default '',
	ADD COLUMN linkace_api_key text default '',
	ADD COLUMN linkace_tags text default '',
	ADD COLUMN linkace_is_private bool default 't',
	ADD COLUMN linkace_check_disabled bool default 't';

-- migrate:down irreversible
