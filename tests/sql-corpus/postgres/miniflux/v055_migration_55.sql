-- revision: v055
-- down_revision: v054
-- message: miniflux/v2 migration_55

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN espial_enabled bool default 'f',
	ADD COLUMN espial_url text default '',
	ADD COLUMN espial_api_key text default '',
	ADD COLUMN espial_tags text default 'miniflux';

-- migrate:down irreversible
