-- revision: v023
-- down_revision: v022
-- message: miniflux/v2 migration_23

-- migrate:up
ALTER TABLE users ADD COLUMN keyboard_shortcuts boolean default 't';

-- migrate:down irreversible
