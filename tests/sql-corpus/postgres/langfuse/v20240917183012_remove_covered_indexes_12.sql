-- revision: v20240917183012
-- down_revision: v20240917183011
-- message: langfuse/langfuse remove_covered_indexes_12
-- transactional: false

-- migrate:up
-- DropIndex
-- Removes indexes that are covered by other indexes on the same table, e.g. (project_id) if (project_id, timestamp) exists.
DROP INDEX CONCURRENTLY IF EXISTS "organization_memberships_org_id_idx"; -- covered by organization_memberships_org_id_user_id_key (unique)

-- migrate:down irreversible
