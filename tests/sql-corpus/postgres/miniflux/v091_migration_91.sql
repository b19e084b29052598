-- revision: v091
-- down_revision: v090
-- message: miniflux/v2 migration_91

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN raindrop_enabled bool default 'f',
	ADD COLUMN raindrop_token text default '',
	ADD COLUMN raindrop_collection_id text default '',
	ADD COLUMN raindrop_tags text default '';

-- migrate:down irreversible
