-- revision: v0008
-- down_revision: v0007
-- message: authzed/spicedb add_ns_config_id

-- migrate:up
ALTER TABLE namespace_config DROP CONSTRAINT IF EXISTS pk_namespace_config;
ALTER TABLE namespace_config ADD COLUMN id BIGSERIAL PRIMARY KEY;

-- migrate:down irreversible
