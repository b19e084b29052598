-- revision: v0047
-- down_revision: v0046
-- message: supabase/storage iceberg_table_metadata

-- migrate:up
SET search_path TO storage, public;
DO $$
    DECLARE
        is_multitenant bool = COALESCE(current_setting('storage.multitenant', true), 'false')::boolean;
    BEGIN

        IF is_multitenant THEN
            RETURN;
        END IF;

        ALTER TABLE iceberg_namespaces ADD COLUMN IF NOT EXISTS metadata JSONB NOT NULL DEFAULT '{}';
        ALTER TABLE iceberg_tables ADD COLUMN IF NOT EXISTS remote_table_id TEXT NULL;

        ALTER TABLE iceberg_tables ADD COLUMN IF NOT EXISTS shard_key TEXT NULL;
        ALTER TABLE iceberg_tables ADD COLUMN IF NOT EXISTS shard_id TEXT NULL;
END
$$;

-- migrate:down irreversible
