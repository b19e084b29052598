-- revision: v078
-- down_revision: v077
-- message: miniflux/v2 migration_78

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN telegram_bot_topic_id int,
	ADD COLUMN telegram_bot_disable_web_page_preview bool default 'f',
	ADD COLUMN telegram_bot_disable_notification bool default 'f';

-- migrate:down irreversible
