-- revision: v20240326115136
-- down_revision: v20240326114337
-- message: langfuse/langfuse dataset_run_item_traceid_non_null

-- migrate:up
/*
  Warnings:

  - Made the column `trace_id` on table `dataset_run_items` required. This step will fail if there are existing NULL values in that column.

*/
-- AlterTable
ALTER TABLE "dataset_run_items" ALTER COLUMN "trace_id" SET NOT NULL;

-- migrate:down irreversible
