-- revision: v20240524190434
-- down_revision: v20240524190433
-- message: langfuse/langfuse job_executions_add_fk_index_score_id
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "job_executions_job_output_score_id_idx" ON "job_executions"("job_output_score_id");

-- migrate:down irreversible
