-- revision: v007
-- down_revision: v006
-- message: miniflux/v2 migration_7

-- migrate:up
ALTER TABLE feeds ADD COLUMN rewrite_rules text default '';

-- migrate:down irreversible
