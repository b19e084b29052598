-- revision: v20250522140357
-- down_revision: v20250520123737
-- message: langfuse/langfuse remove_obsolete_observation_media_index
-- transactional: false

-- migrate:up
-- DropIndex
DROP INDEX CONCURRENTLY IF EXISTS "observation_media_project_id_observation_id_idx";

-- migrate:down irreversible
