-- revision: v086
-- down_revision: v085
-- message: miniflux/v2 migration_86

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN readeck_enabled bool default 'f',
	ADD COLUMN readeck_only_url bool default 'f',
	ADD COLUMN readeck_url text default '',
	ADD COLUMN readeck_api_key text default '',
	ADD COLUMN readeck_labels text default '';

-- migrate:down irreversible
