-- revision: v066
-- down_revision: v065
-- message: miniflux/v2 migration_66

-- migrate:up
ALTER TABLE integrations ADD COLUMN linkding_tags text default '';

-- migrate:down irreversible
