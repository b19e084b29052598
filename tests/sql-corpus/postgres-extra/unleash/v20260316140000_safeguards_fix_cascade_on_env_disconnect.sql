-- revision: v20260316140000
-- down_revision: v20260316113111
-- message: Unleash/unleash safeguards_fix_cascade_on_env_disconnect

-- migrate:up
ALTER TABLE feature_environment_safeguards
            DROP CONSTRAINT IF EXISTS feature_environment_safeguards_environment_feature_name_fkey;

        ALTER TABLE feature_environment_safeguards
            ADD CONSTRAINT feature_environment_safeguards_feature_name_fkey
            FOREIGN KEY (feature_name) REFERENCES features(name) ON DELETE CASCADE;

        ALTER TABLE feature_environment_safeguards
            ADD CONSTRAINT feature_environment_safeguards_environment_fkey
            FOREIGN KEY (environment) REFERENCES environments(name) ON DELETE CASCADE;

        ALTER TABLE release_plan_safeguards
            DROP CONSTRAINT IF EXISTS release_plan_safeguards_environment_feature_name_fkey;

        ALTER TABLE release_plan_safeguards
            ADD CONSTRAINT release_plan_safeguards_feature_name_fkey
            FOREIGN KEY (feature_name) REFERENCES features(name) ON DELETE CASCADE;

        ALTER TABLE release_plan_safeguards
            ADD CONSTRAINT release_plan_safeguards_environment_fkey
            FOREIGN KEY (environment) REFERENCES environments(name) ON DELETE CASCADE;

-- migrate:down irreversible
