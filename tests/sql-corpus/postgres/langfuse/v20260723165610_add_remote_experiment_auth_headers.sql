-- revision: v20260723165610
-- down_revision: v20260723150000
-- message: langfuse/langfuse add_remote_experiment_auth_headers

-- migrate:up
-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "remote_experiment_display_headers" JSONB,
ADD COLUMN     "remote_experiment_display_secret_key" TEXT,
ADD COLUMN     "remote_experiment_request_headers" JSONB,
ADD COLUMN     "remote_experiment_secret_key" TEXT;

-- migrate:down irreversible
