-- revision: v122
-- down_revision: v121
-- message: miniflux/v2 migration_122

-- migrate:up
ALTER TABLE integrations ADD COLUMN readeck_push_enabled bool default 'f';

-- migrate:down irreversible
