-- revision: v110
-- down_revision: v109
-- message: miniflux/v2 migration_110

-- migrate:up
ALTER TABLE users ADD COLUMN always_open_external_links bool default 'f';

-- migrate:down irreversible
