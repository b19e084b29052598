-- revision: v20240618164953
-- down_revision: v20240618164952
-- message: langfuse/langfuse drop_traces_external_id_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "traces_external_id_idx";

-- migrate:down irreversible
