-- revision: v20250604100546
-- down_revision: v20250530103216
-- message: Unleash/unleash lifecycle_trends_general

-- migrate:up
-- 1. Drop old CHECK constraint on 'stage' and add new one
            ALTER TABLE lifecycle_trends
                DROP CONSTRAINT IF EXISTS lifecycle_trends_stage_check,
                ADD CONSTRAINT lifecycle_trends_stage_check
                    CHECK (stage IN ('initial', 'pre-live', 'live', 'completed', 'archived'));

            -- 2. Drop old CHECK constraint on 'flag_type'
            ALTER TABLE lifecycle_trends
                DROP CONSTRAINT IF EXISTS lifecycle_trends_flag_type_check;

            -- 3. Add foreign key to 'flag_type' referencing 'feature_types(id)'
            ALTER TABLE lifecycle_trends
                ADD CONSTRAINT lifecycle_trends_flag_type_fkey
                    FOREIGN KEY (flag_type)
                    REFERENCES feature_types(id)
                    ON DELETE CASCADE;

-- migrate:down irreversible
