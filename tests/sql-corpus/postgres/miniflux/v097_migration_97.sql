-- revision: v097
-- down_revision: v096
-- message: miniflux/v2 migration_97

-- migrate:up
ALTER TABLE users ADD COLUMN custom_js text not null default '';

-- migrate:down irreversible
