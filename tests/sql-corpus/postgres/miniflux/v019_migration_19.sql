-- revision: v019
-- down_revision: v018
-- message: miniflux/v2 migration_19

-- migrate:up
ALTER TABLE feeds
	ADD COLUMN username text default '',
	ADD COLUMN password text default '';

-- migrate:down irreversible
