-- revision: v20230626095337
-- down_revision: v20230623172401
-- message: langfuse/langfuse external_trace_id

-- migrate:up
ALTER TABLE "traces" ADD COLUMN     "external_id" TEXT;
CREATE UNIQUE INDEX "traces_project_id_external_id_key" ON "traces"("project_id", "external_id");

-- migrate:down irreversible
