-- revision: v0054
-- down_revision: v0053
-- message: supabase/storage drop_index_object_level
-- transactional: false

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations disable-transaction
DROP INDEX CONCURRENTLY IF EXISTS objects_bucket_id_level_idx;

-- migrate:down irreversible
