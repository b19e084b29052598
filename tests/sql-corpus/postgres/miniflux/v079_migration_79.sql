-- revision: v079
-- down_revision: v078
-- message: miniflux/v2 migration_79

-- migrate:up
ALTER TABLE integrations ADD COLUMN telegram_bot_disable_buttons bool default 'f';

-- migrate:down irreversible
