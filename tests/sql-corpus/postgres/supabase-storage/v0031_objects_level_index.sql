-- revision: v0031
-- down_revision: v0030
-- message: supabase/storage objects_level_index
-- transactional: false

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations disable-transaction
-- postgres-migrations ignore
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "objects_bucket_id_level_idx"
    ON "storage"."objects" ("bucket_id", level, "name" COLLATE "C");

-- migrate:down irreversible
