-- revision: v20251013134801
-- down_revision: v20251006173446
-- message: langfuse/langfuse drop_atla_llm_keys

-- migrate:up
DELETE FROM "llm_api_keys" WHERE adapter = 'atla'

-- migrate:down irreversible
