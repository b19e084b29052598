-- revision: v103
-- down_revision: v102
-- message: miniflux/v2 migration_103

-- migrate:up
ALTER TABLE feeds ADD COLUMN webhook_url text default '';

-- migrate:down irreversible
