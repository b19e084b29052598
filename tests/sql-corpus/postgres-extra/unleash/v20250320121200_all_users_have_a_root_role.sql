-- revision: v20250320121200
-- down_revision: v20250318091635
-- message: Unleash/unleash all_users_have_a_root_role

-- migrate:up
INSERT INTO role_user(role_id, user_id, project) SELECT 3, u.id, 'default'
FROM users u
WHERE u.id > 0 AND u.deleted_at IS NULL AND NOT EXISTS (
    SELECT 1
    FROM role_user ru
    JOIN roles r ON ru.role_id = r.id
    WHERE ru.user_id = u.id
      AND r.type IN ('root', 'root-custom')
);

-- migrate:down irreversible
