-- revision: v070
-- down_revision: v069
-- message: miniflux/v2 migration_70

-- migrate:up
ALTER TABLE users ADD COLUMN mark_read_on_view boolean default 't';

-- migrate:down irreversible
