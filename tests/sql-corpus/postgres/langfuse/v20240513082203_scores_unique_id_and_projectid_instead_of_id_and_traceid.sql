-- revision: v20240513082203
-- down_revision: v20240512155022
-- message: langfuse/langfuse scores_unique_id_and_projectid_instead_of_id_and_traceid

-- migrate:up
/*
  Warnings:

  - A unique constraint covering the columns `[id,project_id]` on the table `scores` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "scores_id_trace_id_key";

-- migrate:down irreversible
