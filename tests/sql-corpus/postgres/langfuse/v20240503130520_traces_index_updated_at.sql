-- revision: v20240503130520
-- down_revision: v20240503130335
-- message: langfuse/langfuse traces_index_updated_at
-- transactional: false

-- migrate:up
-- CreateIndex

CREATE INDEX CONCURRENTLY "traces_updated_at_idx" ON "traces"("updated_at");

-- migrate:down irreversible
