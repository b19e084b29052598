-- revision: v20260113102907
-- down_revision: v20260106130000
-- message: langfuse/langfuse dataset_items_drop_sys_id_col

-- migrate:up
/*
  Warnings:

  - You are about to drop the column `sys_id` on the `dataset_items` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "dataset_items" DROP COLUMN "sys_id";


-- migrate:down irreversible
