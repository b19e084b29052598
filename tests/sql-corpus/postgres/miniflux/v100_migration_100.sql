-- revision: v100
-- down_revision: v099
-- message: miniflux/v2 migration_100

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN discord_enabled bool default 'f',
	ADD COLUMN discord_webhook_link text default '';

-- migrate:down irreversible
