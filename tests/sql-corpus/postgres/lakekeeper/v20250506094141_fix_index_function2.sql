-- revision: v20250506094141
-- down_revision: v20250505101407
-- message: lakekeeper/lakekeeper fix_index_function2

-- migrate:up
-- This migration aligns existing deployments to the changes applied to `fix_index_function.sql` and
-- `fix-sequence-number.sql` while fixing #997
DROP INDEX IF EXISTS unique_table_snapshot_sequence_number;
DROP FUNCTION IF EXISTS is_not_table_format_v1;

-- migrate:down irreversible
