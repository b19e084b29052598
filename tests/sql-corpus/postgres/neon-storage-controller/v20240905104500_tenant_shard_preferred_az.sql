-- revision: v20240905104500
-- down_revision: v20240828150530
-- message: neondatabase/neon tenant_shard_preferred_az

-- migrate:up
ALTER TABLE tenant_shards ADD preferred_az_id VARCHAR;

-- migrate:down
ALTER TABLE tenant_shards DROP preferred_az_id;
