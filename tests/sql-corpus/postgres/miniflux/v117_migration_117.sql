-- revision: v117
-- down_revision: v116
-- message: miniflux/v2 migration_117

-- migrate:up
-- no schema change in this migration

-- migrate:down irreversible
