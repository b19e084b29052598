-- revision: v20231116005353
-- down_revision: v20231112095703
-- message: langfuse/langfuse scores_unique_id_projectid

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[id,trace_id]` on the table `scores` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "scores_id_trace_id_key" ON "scores"("id", "trace_id");

-- migrate:down irreversible
