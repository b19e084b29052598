-- revision: v098
-- down_revision: v097
-- message: miniflux/v2 migration_98

-- migrate:up
ALTER TABLE users ADD COLUMN external_font_hosts text not null default '';

-- migrate:down irreversible
