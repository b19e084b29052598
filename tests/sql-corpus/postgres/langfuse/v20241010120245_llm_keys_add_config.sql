-- revision: v20241010120245
-- down_revision: v20241009113245
-- message: langfuse/langfuse llm_keys_add_config

-- migrate:up
ALTER TABLE "llm_api_keys" ADD COLUMN "config" JSONB;

-- migrate:down irreversible
