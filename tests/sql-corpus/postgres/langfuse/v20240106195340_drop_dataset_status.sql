-- revision: v20240106195340
-- down_revision: v20240105170551
-- message: langfuse/langfuse drop_dataset_status

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `status` on the `datasets` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "datasets" DROP COLUMN "status";

-- migrate:down irreversible
