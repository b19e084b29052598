-- revision: v0033
-- down_revision: v0032
-- message: supabase/storage backward_compatible_index_on_prefixes
-- transactional: false

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations disable-transaction
-- postgres-migrations ignore
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_prefixes_lower_name ON storage.prefixes (bucket_id, level, ((string_to_array(name, '/'))[level]), lower(name) text_pattern_ops);

-- migrate:down irreversible
