-- revision: v20240512155022
-- down_revision: v20240512155021b
-- message: langfuse/langfuse scores_non_null_and_add_fk_project_id

-- migrate:up
/*
  Warnings:

  - Made the column `project_id` on table `scores` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "scores" ALTER COLUMN "project_id" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "scores" ADD CONSTRAINT "scores_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
