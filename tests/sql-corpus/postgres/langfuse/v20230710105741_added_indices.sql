-- revision: v20230710105741
-- down_revision: v20230707133415
-- message: langfuse/langfuse added_indices

-- migrate:up
-- DropIndex
DROP INDEX "traces_project_id_idx";

-- CreateIndex
CREATE INDEX "observations_trace_id_type_idx" ON "observations"("trace_id", "type");

-- CreateIndex
CREATE INDEX "scores_value_idx" ON "scores"("value");

-- CreateIndex
CREATE INDEX "traces_project_id_name_idx" ON "traces"("project_id", "name");

-- migrate:down irreversible
