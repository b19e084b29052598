-- revision: v054
-- down_revision: v053
-- message: miniflux/v2 migration_54

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN googlereader_enabled bool default 'f',
	ADD COLUMN googlereader_username text default '',
	ADD COLUMN googlereader_password text default '';

-- migrate:down irreversible
