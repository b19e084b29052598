-- revision: v20230707132314
-- down_revision: v20230706195819
-- message: langfuse/langfuse traces_project_id_index

-- migrate:up
-- CreateIndex
CREATE INDEX "traces_project_id_idx" ON "traces"("project_id");

-- migrate:down irreversible
