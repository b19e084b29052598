-- revision: v058
-- down_revision: v057
-- message: miniflux/v2 migration_58

-- migrate:up
ALTER TABLE users
	ADD COLUMN default_reading_speed int default 265,
	ADD COLUMN cjk_reading_speed int default 500;

-- migrate:down irreversible
