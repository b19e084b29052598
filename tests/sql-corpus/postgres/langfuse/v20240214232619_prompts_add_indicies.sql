-- revision: v20240214232619
-- down_revision: v20240213124148
-- message: langfuse/langfuse prompts_add_indicies

-- migrate:up
-- CreateIndex
CREATE INDEX "prompts_project_id_id_idx" ON "prompts"("project_id", "id");

-- CreateIndex
CREATE INDEX "prompts_project_id_idx" ON "prompts"("project_id");

-- migrate:down irreversible
