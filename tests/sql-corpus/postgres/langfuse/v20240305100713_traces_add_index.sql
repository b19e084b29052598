-- revision: v20240305100713
-- down_revision: v20240305095119
-- message: langfuse/langfuse traces_add_index
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "traces_id_user_id_idx" ON "traces"("id", "user_id");

-- migrate:down irreversible
