-- revision: v20231004005909
-- down_revision: v20230924232620
-- message: langfuse/langfuse add_parent_observation_id_index

-- migrate:up
-- CreateIndex
CREATE INDEX "observations_parent_observation_id_idx" ON "observations"("parent_observation_id");

-- migrate:down irreversible
