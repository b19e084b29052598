-- revision: v20241216150545
-- down_revision: v20241216114355
-- message: lakekeeper/lakekeeper fix_schemaless_snapshots

-- migrate:up
ALTER TABLE table_snapshot
ALTER COLUMN schema_id DROP NOT NULL;

-- migrate:down irreversible
