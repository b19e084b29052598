-- revision: v132
-- down_revision: v131
-- message: miniflux/v2 migration_132

-- migrate:up
ALTER TABLE feeds ADD COLUMN language text not null default '';
ALTER TABLE entries ADD COLUMN language text not null default '';

-- migrate:down irreversible
