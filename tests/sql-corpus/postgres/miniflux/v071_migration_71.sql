-- revision: v071
-- down_revision: v070
-- message: miniflux/v2 migration_71

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN notion_enabled bool default 'f',
	ADD COLUMN notion_token text default '',
	ADD COLUMN notion_page_id text default '';

-- migrate:down irreversible
