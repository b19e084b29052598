-- revision: v049
-- down_revision: v048
-- message: miniflux/v2 migration_49

-- migrate:up
ALTER TABLE feeds ADD COLUMN cookie text default '';

-- migrate:down irreversible
