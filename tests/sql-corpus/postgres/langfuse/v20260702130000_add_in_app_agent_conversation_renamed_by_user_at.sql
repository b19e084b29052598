-- revision: v20260702130000
-- down_revision: v20260701115504
-- message: langfuse/langfuse add_in_app_agent_conversation_renamed_by_user_at

-- migrate:up
ALTER TABLE "in_app_agent_conversations" ADD COLUMN "renamed_by_user_at" TIMESTAMP(3);

-- migrate:down irreversible
