-- revision: v119
-- down_revision: v118
-- message: miniflux/v2 migration_119

-- migrate:up
DROP EXTENSION IF EXISTS hstore;

-- migrate:down irreversible
