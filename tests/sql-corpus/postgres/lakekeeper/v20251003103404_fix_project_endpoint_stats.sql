-- revision: v20251003103404
-- down_revision: v20250930101627
-- message: lakekeeper/lakekeeper fix_project_endpoint_stats

-- migrate:up
ALTER TABLE endpoint_statistics
DROP CONSTRAINT IF EXISTS endpoint_statistics_warehouse_id_fkey;

-- migrate:down irreversible
