-- revision: v20260806120000
-- down_revision: v20260731100000
-- message: langfuse/langfuse add_in_app_agent_conversation_always_allowed_tools

-- migrate:up
-- AlterTable
ALTER TABLE "in_app_agent_conversations" ADD COLUMN     "always_allowed_tools" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- migrate:down irreversible
