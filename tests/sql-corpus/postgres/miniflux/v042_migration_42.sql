-- revision: v042
-- down_revision: v041
-- message: miniflux/v2 migration_42

-- migrate:up
ALTER TABLE entries ADD COLUMN created_at timestamp with time zone not null default now();
UPDATE entries SET created_at = published_at;

-- migrate:down irreversible
