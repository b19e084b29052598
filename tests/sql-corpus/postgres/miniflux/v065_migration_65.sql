-- revision: v065
-- down_revision: v064
-- message: miniflux/v2 migration_65

-- migrate:up
ALTER TABLE users RENAME double_tap TO gesture_nav;
ALTER TABLE users
	ALTER COLUMN gesture_nav SET DATA TYPE text using case when gesture_nav = true then 'tap' when gesture_nav = false then 'none' end,
	ALTER COLUMN gesture_nav SET default 'tap';

-- migrate:down irreversible
