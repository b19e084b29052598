-- revision: v20230918180320
-- down_revision: v20230912115644
-- message: langfuse/langfuse add_indices

-- migrate:up
-- CreateIndex
CREATE INDEX "observations_start_time_idx" ON "observations"("start_time");

-- CreateIndex
CREATE INDEX "traces_timestamp_idx" ON "traces"("timestamp");

-- migrate:down irreversible
