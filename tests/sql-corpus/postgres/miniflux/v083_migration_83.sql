-- revision: v083
-- down_revision: v082
-- message: miniflux/v2 migration_83

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN omnivore_enabled bool default 'f',
	ADD COLUMN omnivore_api_key text default '',
	ADD COLUMN omnivore_url text default '';

-- migrate:down irreversible
