-- revision: v20250724114251
-- down_revision: v20250714151410bbb
-- message: langfuse/langfuse add_webhooks_datasets

-- migrate:up
-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "remote_experiment_payload" JSONB,
ADD COLUMN     "remote_experiment_url" TEXT;

-- migrate:down irreversible
