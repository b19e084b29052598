-- revision: v20210922120521
-- down_revision: v20210922084509
-- message: Unleash/unleash add_tag_type_permission

-- migrate:up
INSERT INTO role_permission(role_id, permission)
        VALUES (2, 'UPDATE_TAG_TYPE'),
               (2, 'DELETE_TAG_TYPE');
        INSERT INTO role_permission(role_id, permission, project)
        VALUES (2, 'UPDATE_TAG_TYPE', 'default'),
               (2, 'DELETE_TAG_TYPE', 'default');

-- migrate:down irreversible
