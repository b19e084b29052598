-- revision: v20240130104757
-- down_revision: v20240126095544
-- message: Unleash/unleash flag_trends_health_time_to_production

-- migrate:up
ALTER TABLE flag_trends ADD COLUMN IF NOT EXISTS health INTEGER DEFAULT 100;
        ALTER TABLE flag_trends ADD COLUMN IF NOT EXISTS time_to_production FLOAT DEFAULT 0;

-- migrate:down irreversible
