-- revision: v0053
-- down_revision: v0052
-- message: supabase/storage drop_index_lower_name
-- transactional: false

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations disable-transaction
DROP INDEX CONCURRENTLY IF EXISTS idx_objects_lower_name;

-- migrate:down irreversible
