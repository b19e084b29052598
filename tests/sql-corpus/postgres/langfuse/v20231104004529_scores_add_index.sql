-- revision: v20231104004529
-- down_revision: v20231030184329
-- message: langfuse/langfuse scores_add_index

-- migrate:up
-- CreateIndex
CREATE INDEX "scores_trace_id_idx" ON "scores" USING HASH ("trace_id");

-- CreateIndex
CREATE INDEX "scores_observation_id_idx" ON "scores" USING HASH ("observation_id");

-- migrate:down irreversible
