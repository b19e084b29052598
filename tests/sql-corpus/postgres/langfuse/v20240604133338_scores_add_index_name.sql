-- revision: v20240604133338
-- down_revision: v20240603212024
-- message: langfuse/langfuse scores_add_index_name

-- migrate:up
-- CreateIndex
CREATE INDEX "scores_project_id_name_idx" ON "scores"("project_id", "name");

-- migrate:down irreversible
