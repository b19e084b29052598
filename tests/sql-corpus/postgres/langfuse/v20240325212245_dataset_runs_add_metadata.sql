-- revision: v20240325212245
-- down_revision: v20240325211959
-- message: langfuse/langfuse dataset_runs_add_metadata

-- migrate:up
-- AlterTable
ALTER TABLE "dataset_runs" ADD COLUMN     "metadata" JSONB;

-- migrate:down irreversible
