-- revision: v20240618164954
-- down_revision: v20240618164953
-- message: langfuse/langfuse drop_traces_release_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "traces_release_idx";

-- migrate:down irreversible
