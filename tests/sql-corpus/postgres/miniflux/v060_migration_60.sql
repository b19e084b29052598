-- revision: v060
-- down_revision: v059
-- message: miniflux/v2 migration_60

-- migrate:up
ALTER TABLE integrations ADD COLUMN wallabag_only_url bool default 'f';

-- migrate:down irreversible
