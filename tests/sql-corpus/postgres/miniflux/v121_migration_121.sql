-- revision: v121
-- down_revision: v120
-- message: miniflux/v2 migration_121

-- migrate:up
ALTER TABLE integrations ADD COLUMN linkwarden_collection_id int;

-- migrate:down irreversible
