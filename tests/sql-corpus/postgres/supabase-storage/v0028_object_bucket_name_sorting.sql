-- revision: v0028
-- down_revision: v0027
-- message: supabase/storage object_bucket_name_sorting
-- transactional: false

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations disable-transaction
-- postgres-migrations ignore
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_name_bucket_level_unique on storage.objects (name COLLATE "C", bucket_id, level);

-- migrate:down irreversible
