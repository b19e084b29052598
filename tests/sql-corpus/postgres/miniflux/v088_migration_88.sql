-- revision: v088
-- down_revision: v087
-- message: miniflux/v2 migration_88

-- migrate:up
ALTER TABLE users ADD COLUMN media_playback_rate numeric default 1;

-- migrate:down irreversible
