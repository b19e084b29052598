-- revision: v20250930125453
-- down_revision: v20250925133604
-- message: langfuse/langfuse job_executions_add_output_score_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "job_executions_project_id_job_output_score_id_idx" ON "job_executions"("project_id", "job_output_score_id");

-- migrate:down irreversible
