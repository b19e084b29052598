-- revision: v006
-- down_revision: v005
-- message: miniflux/v2 migration_6

-- migrate:up
ALTER TABLE feeds ADD COLUMN scraper_rules text default '';

-- migrate:down irreversible
