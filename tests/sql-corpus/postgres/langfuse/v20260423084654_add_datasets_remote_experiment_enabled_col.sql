-- revision: v20260423084654
-- down_revision: v20260327000000
-- message: langfuse/langfuse add_datasets_remote_experiment_enabled_col

-- migrate:up
-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "remote_experiment_enabled" BOOLEAN NOT NULL DEFAULT true;

-- migrate:down irreversible
