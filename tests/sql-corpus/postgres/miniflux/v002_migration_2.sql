-- revision: v002
-- down_revision: v001
-- message: miniflux/v2 migration_2

-- migrate:up
-- no schema change in this migration

-- migrate:down irreversible
