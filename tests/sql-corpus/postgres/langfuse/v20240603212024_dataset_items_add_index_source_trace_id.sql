-- revision: v20240603212024
-- down_revision: v20240528214728bbbbbbbbbbbbbbbbb
-- message: langfuse/langfuse dataset_items_add_index_source_trace_id
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "dataset_items_source_trace_id_idx" ON "dataset_items" USING HASH ("source_trace_id");

-- migrate:down irreversible
