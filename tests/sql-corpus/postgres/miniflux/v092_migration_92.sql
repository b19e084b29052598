-- revision: v092
-- down_revision: v091
-- message: miniflux/v2 migration_92

-- migrate:up
ALTER TABLE feeds ADD COLUMN description text default '';

-- migrate:down irreversible
