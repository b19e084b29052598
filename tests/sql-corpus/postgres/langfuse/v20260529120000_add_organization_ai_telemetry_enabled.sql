-- revision: v20260529120000
-- down_revision: v20260527110000
-- message: langfuse/langfuse add_organization_ai_telemetry_enabled

-- migrate:up
ALTER TABLE "organizations" ADD COLUMN "ai_telemetry_enabled" BOOLEAN NOT NULL DEFAULT true;

-- migrate:down irreversible
