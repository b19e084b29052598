-- revision: v20231219100343
-- down_revision: v20231218165612
-- message: Unleash/unleash rename_new_columns_to_created_by_user_id

-- migrate:up
ALTER TABLE features RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE feature_types RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE feature_tag RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE feature_strategies RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE role_permission RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE role_user RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE roles RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE users RENAME COLUMN created_by TO created_by_user_id;
        ALTER TABLE api_tokens RENAME COLUMN created_by TO created_by_user_id;

-- migrate:down irreversible
