-- revision: v20231005064433
-- down_revision: v20231004005909
-- message: langfuse/langfuse add_release_index

-- migrate:up
-- CreateIndex
CREATE INDEX "traces_release_idx" ON "traces"("release");

-- migrate:down irreversible
