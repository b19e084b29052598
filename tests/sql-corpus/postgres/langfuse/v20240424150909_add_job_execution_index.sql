-- revision: v20240424150909
-- down_revision: v20240423192655
-- message: langfuse/langfuse add_job_execution_index

-- migrate:up
-- CreateIndex
CREATE INDEX "job_executions_project_id_status_idx" ON "job_executions"("project_id", "status");

-- migrate:down irreversible
