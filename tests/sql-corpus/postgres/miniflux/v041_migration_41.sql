-- revision: v041
-- down_revision: v040
-- message: miniflux/v2 migration_41

-- migrate:up
ALTER TABLE entries ADD COLUMN reading_time int not null default 0;

-- migrate:down irreversible
