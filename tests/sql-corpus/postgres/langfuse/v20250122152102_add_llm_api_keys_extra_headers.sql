-- revision: v20250122152102
-- down_revision: v20250116154613
-- message: langfuse/langfuse add_llm_api_keys_extra_headers

-- migrate:up
ALTER TABLE "llm_api_keys"
    ADD COLUMN "extra_headers" TEXT,
    ADD COLUMN "extra_header_keys" TEXT[] NOT NULL DEFAULT '{}'::TEXT[];

-- migrate:down irreversible
