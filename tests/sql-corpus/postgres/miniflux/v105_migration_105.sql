-- revision: v105
-- down_revision: v104
-- message: miniflux/v2 migration_105

-- migrate:up
ALTER TABLE feeds ADD COLUMN ntfy_topic text default '';

-- migrate:down irreversible
