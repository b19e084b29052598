-- revision: v20250128144418
-- down_revision: v20250123103200
-- message: langfuse/langfuse llm_adapter_rename_google_vertex_ai

-- migrate:up
UPDATE "llm_api_keys" SET adapter = 'google-vertex-ai' WHERE adapter = 'vertex-ai';

-- migrate:down irreversible
