-- revision: v20240522095738
-- down_revision: v20240522081254
-- message: langfuse/langfuse scores_add_author_user_id_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "scores_author_user_id_idx" ON "scores"("author_user_id");

-- migrate:down irreversible
