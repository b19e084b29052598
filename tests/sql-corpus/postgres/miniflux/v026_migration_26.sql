-- revision: v026
-- down_revision: v025
-- message: miniflux/v2 migration_26

-- migrate:up
ALTER TABLE entries ADD COLUMN changed_at timestamp with time zone;
UPDATE entries SET changed_at = published_at;
ALTER TABLE entries ALTER COLUMN changed_at SET not null;

-- migrate:down irreversible
