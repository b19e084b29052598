-- revision: v113
-- down_revision: v112
-- message: miniflux/v2 migration_113

-- migrate:up
ALTER TABLE integrations
	DROP COLUMN pocket_enabled,
	DROP COLUMN pocket_access_token,
	DROP COLUMN pocket_consumer_key;

-- migrate:down irreversible
