-- revision: v20260813120000
-- down_revision: v20260807120000
-- message: langfuse/langfuse add_posthog_integration_error_fields

-- migrate:up
ALTER TABLE "posthog_integrations" ADD COLUMN IF NOT EXISTS "last_error" TEXT;
ALTER TABLE "posthog_integrations" ADD COLUMN IF NOT EXISTS "last_error_at" TIMESTAMP(3);

-- migrate:down irreversible
