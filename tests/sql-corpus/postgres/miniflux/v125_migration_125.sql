-- revision: v125
-- down_revision: v124
-- message: miniflux/v2 migration_125

-- migrate:up
ALTER TABLE feeds ADD COLUMN ignore_entry_updates bool default 'f';

-- migrate:down irreversible
