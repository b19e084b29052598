-- revision: v20231030184329
-- down_revision: v20231025153548
-- message: langfuse/langfuse events_add_index_on_projectid

-- migrate:up
-- CreateIndex
CREATE INDEX "events_project_id_idx" ON "events"("project_id");

-- migrate:down irreversible
