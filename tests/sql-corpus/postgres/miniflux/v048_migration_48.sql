-- revision: v048
-- down_revision: v047
-- message: miniflux/v2 migration_48

-- migrate:up
CREATE TYPE webapp_display_mode AS enum('fullscreen', 'standalone', 'minimal-ui', 'browser');
ALTER TABLE users ADD COLUMN display_mode webapp_display_mode default 'standalone';

-- migrate:down irreversible
