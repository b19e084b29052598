-- revision: v20240105170551
-- down_revision: v20240105010215
-- message: langfuse/langfuse index_tags_in_traces

-- migrate:up
-- CreateIndex
CREATE INDEX "traces_tags_idx" ON "traces" USING GIN ("tags" array_ops);

-- migrate:down irreversible
