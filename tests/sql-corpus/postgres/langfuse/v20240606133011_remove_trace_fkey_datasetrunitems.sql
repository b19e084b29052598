-- revision: v20240606133011
-- down_revision: v20240606093356
-- message: langfuse/langfuse remove_trace_fkey_datasetrunitems

-- migrate:up
-- DropForeignKey
ALTER TABLE "dataset_run_items" DROP CONSTRAINT "dataset_run_items_trace_id_fkey";
ALTER TABLE "dataset_run_items" DROP CONSTRAINT "dataset_run_items_observation_id_fkey";

-- migrate:down irreversible
