-- revision: v077
-- down_revision: v076
-- message: miniflux/v2 migration_77

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN webhook_enabled bool default 'f',
	ADD COLUMN webhook_url text default '',
	ADD COLUMN webhook_secret text default '';

-- migrate:down irreversible
