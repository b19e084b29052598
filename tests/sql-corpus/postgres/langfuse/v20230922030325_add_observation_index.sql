-- revision: v20230922030325
-- down_revision: v20230918180320
-- message: langfuse/langfuse add_observation_index

-- migrate:up
-- CreateIndex
CREATE INDEX "observations_project_id_idx" ON "observations"("project_id");

-- migrate:down irreversible
