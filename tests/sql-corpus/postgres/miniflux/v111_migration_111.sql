-- revision: v111
-- down_revision: v110
-- message: miniflux/v2 migration_111

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN karakeep_enabled bool default 'f',
 	ADD COLUMN karakeep_api_key text default '',
	ADD COLUMN karakeep_url text default '';

-- migrate:down irreversible
