-- revision: v20251002095623
-- down_revision: v20250923130348
-- message: Unleash/unleash not_null_constraints

-- migrate:up
UPDATE feature_strategies 
        SET constraints = '[]'::jsonb 
        WHERE constraints IS NULL;
        
        ALTER TABLE feature_strategies 
        ALTER COLUMN constraints SET DEFAULT '[]'::jsonb,
        ALTER COLUMN constraints SET NOT NULL;

-- migrate:down irreversible
