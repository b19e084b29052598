-- revision: v20240408134330
-- down_revision: v20240408134328
-- message: langfuse/langfuse prompt_table_add_index_to_tags
-- transactional: false

-- migrate:up
-- CreateIndex
CREATE INDEX CONCURRENTLY "prompts_tags_idx" ON "prompts" USING GIN ("tags" array_ops);

-- migrate:down irreversible
