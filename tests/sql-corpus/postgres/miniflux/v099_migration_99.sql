-- revision: v099
-- down_revision: v098
-- message: miniflux/v2 migration_99

-- migrate:up
ALTER TABLE integrations
	ADD COLUMN cubox_enabled bool default 'f',
	ADD COLUMN cubox_api_link text default '';

-- migrate:down irreversible
