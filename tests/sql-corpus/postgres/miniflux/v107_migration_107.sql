-- revision: v107
-- down_revision: v106
-- message: miniflux/v2 migration_107

-- migrate:up
-- no schema change in this migration

-- migrate:down irreversible
