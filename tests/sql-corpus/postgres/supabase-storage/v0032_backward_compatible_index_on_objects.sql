-- revision: v0032
-- down_revision: v0031
-- message: supabase/storage backward_compatible_index_on_objects
-- transactional: false

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations disable-transaction
-- postgres-migrations ignore
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_objects_lower_name ON storage.objects ((path_tokens[level]), lower(name) text_pattern_ops, bucket_id, level);

-- migrate:down irreversible
