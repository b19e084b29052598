-- revision: v20240718011733
-- down_revision: v20240718004923
-- message: langfuse/langfuse dataset_runs_add_unique_dataset_id_project_id_name_copy
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "dataset_runs_dataset_id_project_id_name_key" ON "dataset_runs"("dataset_id", "project_id", "name");

-- migrate:down irreversible
