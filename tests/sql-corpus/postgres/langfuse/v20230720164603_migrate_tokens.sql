-- revision: v20230720164603
-- down_revision: v20230720162550
-- message: langfuse/langfuse migrate_tokens

-- migrate:up
-- This is an empty migration.
UPDATE observations
  SET prompt_tokens = CAST(usage::json->>'promptTokens' AS INTEGER),
  completion_tokens = CAST(usage::json->>'completionTokens' AS INTEGER),
  total_tokens = CAST(usage::json->>'totalTokens' AS INTEGER);

-- migrate:down irreversible
