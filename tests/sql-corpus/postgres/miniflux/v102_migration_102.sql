-- revision: v102
-- down_revision: v101
-- message: miniflux/v2 migration_102

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN slack_enabled bool default 'f',
	ADD COLUMN slack_webhook_link text default '';

-- migrate:down irreversible
