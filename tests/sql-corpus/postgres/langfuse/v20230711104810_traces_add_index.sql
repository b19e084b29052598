-- revision: v20230711104810
-- down_revision: v20230710200816
-- message: langfuse/langfuse traces_add_index

-- migrate:up
-- DropIndex
DROP INDEX "traces_project_id_name_user_id_idx";

-- CreateIndex
CREATE INDEX "traces_project_id_name_user_id_external_id_idx" ON "traces"("project_id", "name", "user_id", "external_id");

-- migrate:down irreversible
