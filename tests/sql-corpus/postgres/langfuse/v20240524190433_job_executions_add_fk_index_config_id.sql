-- revision: v20240524190433
-- down_revision: v20240524165931
-- message: langfuse/langfuse job_executions_add_fk_index_config_id
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "job_executions_job_configuration_id_idx" ON "job_executions"("job_configuration_id");

-- migrate:down irreversible
