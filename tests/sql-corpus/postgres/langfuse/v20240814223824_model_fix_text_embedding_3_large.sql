-- revision: v20240814223824
-- down_revision: v20240807111359
-- message: langfuse/langfuse model_fix_text_embedding_3_large

-- migrate:up

-- Fix model name
-- https://github.com/langfuse/langfuse/issues/2688

UPDATE models
SET model_name = 'text-embedding-3-large'
WHERE id = 'clruwn76700020al7gp8e4g4l'

-- migrate:down irreversible
