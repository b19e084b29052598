-- revision: v20240405124810
-- down_revision: v20240404232317
-- message: langfuse/langfuse prompt_to_json

-- migrate:up
-- BEGIN; (the revision's own transaction)

ALTER TABLE prompts
ADD COLUMN json_prompt JSONB;

UPDATE prompts
SET json_prompt = to_json(prompt::text)::json;

ALTER TABLE prompts
DROP COLUMN prompt;

ALTER TABLE prompts
RENAME COLUMN json_prompt TO prompt;

ALTER TABLE prompts
ALTER COLUMN prompt SET NOT NULL;

ALTER TABLE prompts
ADD COLUMN type TEXT NOT NULL DEFAULT 'text';

-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
