-- revision: v20240326115424
-- down_revision: v20240326115136
-- message: langfuse/langfuse dataset_run_item_index_trace
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_run_items_trace_id_idx" ON "dataset_run_items"("trace_id");

-- migrate:down irreversible
