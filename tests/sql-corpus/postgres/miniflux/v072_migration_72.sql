-- revision: v072
-- down_revision: v071
-- message: miniflux/v2 migration_72

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN readwise_enabled bool default 'f',
	ADD COLUMN readwise_api_key text default '';

-- migrate:down irreversible
