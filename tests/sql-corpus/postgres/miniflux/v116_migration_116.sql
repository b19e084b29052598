-- revision: v116
-- down_revision: v115
-- message: miniflux/v2 migration_116

-- migrate:up
ALTER TABLE integrations ADD COLUMN wallabag_tags text default '';

-- migrate:down irreversible
