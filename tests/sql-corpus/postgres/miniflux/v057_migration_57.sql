-- revision: v057
-- down_revision: v056
-- message: miniflux/v2 migration_57

-- migrate:up
ALTER TABLE feeds ADD COLUMN url_rewrite_rules text not null default '';

-- migrate:down irreversible
