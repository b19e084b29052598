-- revision: v096
-- down_revision: v095
-- message: miniflux/v2 migration_96

-- migrate:up
ALTER TABLE users ADD COLUMN mark_read_on_media_player_completion bool default 'f';

-- migrate:down irreversible
