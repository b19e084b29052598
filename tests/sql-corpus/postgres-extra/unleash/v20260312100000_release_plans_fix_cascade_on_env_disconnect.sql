-- revision: v20260312100000
-- down_revision: v20260311073041
-- message: Unleash/unleash release_plans_fix_cascade_on_env_disconnect

-- migrate:up
ALTER TABLE release_plan_definitions
            DROP CONSTRAINT IF EXISTS feature_environments_fkey;

        ALTER TABLE release_plan_definitions
            ADD CONSTRAINT release_plan_definitions_feature_name_fkey
            FOREIGN KEY (feature_name) REFERENCES features(name) ON DELETE CASCADE;

        ALTER TABLE release_plan_definitions
            ADD CONSTRAINT release_plan_definitions_environment_fkey
            FOREIGN KEY (environment) REFERENCES environments(name) ON DELETE CASCADE;

-- migrate:down irreversible
