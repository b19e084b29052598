-- revision: v20240618164951
-- down_revision: v20240618164950
-- message: langfuse/langfuse drop_observations_updated_at_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "observations_updated_at_idx";

-- migrate:down irreversible
