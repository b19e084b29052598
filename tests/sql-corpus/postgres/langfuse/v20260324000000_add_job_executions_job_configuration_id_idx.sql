-- revision: v20260324000000
-- down_revision: v20260323000000
-- message: langfuse/langfuse add_job_executions_job_configuration_id_idx
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY IF NOT EXISTS "job_executions_job_configuration_id_idx" ON "job_executions"("job_configuration_id");

-- migrate:down irreversible
