-- revision: v074
-- down_revision: v073
-- message: miniflux/v2 migration_74

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN shiori_enabled bool default 'f',
	ADD COLUMN shiori_url text default '',
	ADD COLUMN shiori_username text default '',
	ADD COLUMN shiori_password text default '';

-- migrate:down irreversible
