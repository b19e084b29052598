-- revision: v20240219162415
-- down_revision: v20240215234937
-- message: langfuse/langfuse add_prompt_config

-- migrate:up
-- AlterTable
ALTER TABLE "prompts" ADD COLUMN     "config" JSONB NOT NULL DEFAULT '{}';

-- migrate:down irreversible
