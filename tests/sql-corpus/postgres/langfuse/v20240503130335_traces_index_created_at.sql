-- revision: v20240503130335
-- down_revision: v20240503125742
-- message: langfuse/langfuse traces_index_created_at
-- transactional: false

-- migrate:up
-- CreateIndex

CREATE INDEX CONCURRENTLY "traces_created_at_idx" ON "traces"("created_at");

-- migrate:down irreversible
