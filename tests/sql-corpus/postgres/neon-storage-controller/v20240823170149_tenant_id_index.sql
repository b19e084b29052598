-- revision: v20240823170149
-- down_revision: v20240823102952
-- message: neondatabase/neon tenant_id_index

-- migrate:up
-- Your SQL goes here
CREATE INDEX tenant_shards_tenant_id ON tenant_shards (tenant_id);

-- migrate:down
-- This file should undo anything in `up.sql`
DROP INDEX tenant_shards_tenant_id;
