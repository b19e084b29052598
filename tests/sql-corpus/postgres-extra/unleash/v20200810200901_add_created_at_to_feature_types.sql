-- revision: v20200810200901
-- down_revision: v20200806091734
-- message: Unleash/unleash add_created_at_to_feature_types

-- migrate:up
ALTER TABLE feature_types ADD "created_at" TIMESTAMP WITH TIME ZONE default now();

-- migrate:down irreversible
