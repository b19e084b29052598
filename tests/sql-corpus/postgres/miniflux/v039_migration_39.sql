-- revision: v039
-- down_revision: v038
-- message: miniflux/v2 migration_39

-- migrate:up
ALTER TABLE integrations DROP COLUMN fever_password;

-- migrate:down irreversible
