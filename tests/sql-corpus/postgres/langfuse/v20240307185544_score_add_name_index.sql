-- revision: v20240307185544
-- down_revision: v20240307185543
-- message: langfuse/langfuse score_add_name_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_source_idx" ON "scores"("source");

-- migrate:down irreversible
