-- revision: v20240618164950
-- down_revision: v20240618134129
-- message: langfuse/langfuse drop_observations_parent_observation_id_idx
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "observations_parent_observation_id_idx";

-- migrate:down irreversible
