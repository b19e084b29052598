-- revision: v052
-- down_revision: v051
-- message: miniflux/v2 migration_52

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN telegram_bot_enabled bool default 'f',
	ADD COLUMN telegram_bot_token text default '',
	ADD COLUMN telegram_bot_chat_id text default '';

-- migrate:down irreversible
