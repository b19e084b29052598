-- revision: v20240524190435
-- down_revision: v20240524190434
-- message: langfuse/langfuse job_executions_add_fk_index_trace_id
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "job_executions_job_input_trace_id_idx" ON "job_executions"("job_input_trace_id");

-- migrate:down irreversible
