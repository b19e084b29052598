-- revision: v20240513082204
-- down_revision: v20240513082203
-- message: langfuse/langfuse scores_unique_id_and_projectid_instead_of_id_and_traceid_index
-- transactional: false

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[id,project_id]` on the table `scores` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX CONCURRENTLY "scores_id_project_id_key" ON "scores"("id", "project_id");

-- migrate:down irreversible
