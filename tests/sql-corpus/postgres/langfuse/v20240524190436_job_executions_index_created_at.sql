-- revision: v20240524190436
-- down_revision: v20240524190435
-- message: langfuse/langfuse job_executions_index_created_at
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "job_executions_created_at_idx" ON "job_executions"("created_at");

-- migrate:down irreversible
