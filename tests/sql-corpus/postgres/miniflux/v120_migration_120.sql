-- revision: v120
-- down_revision: v119
-- message: miniflux/v2 migration_120

-- migrate:up
ALTER TABLE integrations ADD COLUMN karakeep_tags text default '';

-- migrate:down irreversible
