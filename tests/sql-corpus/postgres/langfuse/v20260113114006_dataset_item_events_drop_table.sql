-- revision: v20260113114006
-- down_revision: v20260113112907
-- message: langfuse/langfuse dataset_item_events_drop_table

-- migrate:up
/*
  Warnings:

  - You are about to drop the `dataset_item_events` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "dataset_item_events";

-- migrate:down irreversible
