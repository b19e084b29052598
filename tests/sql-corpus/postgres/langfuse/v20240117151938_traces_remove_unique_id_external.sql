-- revision: v20240117151938
-- down_revision: v20240111152124
-- message: langfuse/langfuse traces_remove_unique_id_external

-- migrate:up
-- DropIndex
DROP INDEX "traces_project_id_external_id_key";

-- migrate:down irreversible
