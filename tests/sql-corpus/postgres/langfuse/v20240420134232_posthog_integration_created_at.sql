-- revision: v20240420134232
-- down_revision: v20240419152924
-- message: langfuse/langfuse posthog_integration_created_at

-- migrate:up
-- AlterTable
ALTER TABLE "posthog_integrations" ADD COLUMN     "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- migrate:down irreversible
