-- revision: v062
-- down_revision: v061
-- message: miniflux/v2 migration_62

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN matrix_bot_enabled bool default 'f',
	ADD COLUMN matrix_bot_user text default '',
	ADD COLUMN matrix_bot_password text default '',
	ADD COLUMN matrix_bot_url text default '',
	ADD COLUMN matrix_bot_chat_id text default '';

-- migrate:down irreversible
