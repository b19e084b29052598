-- revision: v20250128163035
-- down_revision: v20250128144418
-- message: langfuse/langfuse add_nullable_commit_message_prompts

-- migrate:up
-- AlterTable
ALTER TABLE "prompts" ADD COLUMN     "commit_message" TEXT;

-- migrate:down irreversible
