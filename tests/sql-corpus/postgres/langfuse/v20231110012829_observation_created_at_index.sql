-- revision: v20231110012829
-- down_revision: v20231110012457
-- message: langfuse/langfuse observation_created_at_index

-- migrate:up
-- CreateIndex
CREATE INDEX "observations_created_at_idx" ON "observations"("created_at");

-- migrate:down irreversible
