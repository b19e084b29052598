-- revision: v20260521130000
-- down_revision: v20260521000000
-- message: langfuse/langfuse add_in_app_agent_api_key_marker

-- migrate:up
ALTER TABLE "api_keys" ADD COLUMN "is_in_app_agent_key" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
