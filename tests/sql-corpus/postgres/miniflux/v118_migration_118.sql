-- revision: v118
-- down_revision: v117
-- message: miniflux/v2 migration_118

-- migrate:up
ALTER TABLE integrations ADD COLUMN archiveorg_enabled bool default 'f';

-- migrate:down irreversible
