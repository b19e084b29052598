-- revision: v094
-- down_revision: v093
-- message: miniflux/v2 migration_94

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN betula_url text default '',
	ADD COLUMN betula_token text default '',
	ADD COLUMN betula_enabled bool default 'f';

-- migrate:down irreversible
