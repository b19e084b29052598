-- revision: v20250820143862
-- down_revision: v20250820143861
-- message: langfuse/langfuse optimize_job_execution_indices_create_job_executions_project_id_job_configuration_id_job_input_tr_idx
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "job_executions_project_id_job_configuration_id_job_input_tr_idx" ON "job_executions"("project_id", "job_configuration_id", "job_input_trace_id");

-- migrate:down irreversible
