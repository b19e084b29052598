-- revision: v20240618164952
-- down_revision: v20240618164951
-- message: langfuse/langfuse drop_scores_updated_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "scores_updated_at_idx";

-- migrate:down irreversible
