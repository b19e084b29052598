-- revision: v20240116104456
-- down_revision: v20240111125100
-- message: Unleash/unleash drop_unused_column_permissionid

-- migrate:up
ALTER TABLE role_permission
        DROP COLUMN permission_id;

-- migrate:down irreversible
