-- revision: v20221011155007
-- down_revision: v20221010114644
-- message: Unleash/unleash add_user_groups_mappings

-- migrate:up
ALTER TABLE groups
                ADD COLUMN IF NOT EXISTS mappings_sso jsonb DEFAULT '[]'::jsonb;

-- migrate:down irreversible
