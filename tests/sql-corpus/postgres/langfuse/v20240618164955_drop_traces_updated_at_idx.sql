-- revision: v20240618164955
-- down_revision: v20240618164954
-- message: langfuse/langfuse drop_traces_updated_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "traces_updated_at_idx";

-- migrate:down irreversible
