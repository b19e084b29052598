-- revision: v20230306103400b
-- down_revision: v20230306103400a
-- message: Unleash/unleash remove_direct_link_from_segment_permissions_to_admin

-- migrate:up
DELETE FROM role_permission 
        WHERE permission_id IN (
                    SELECT id FROM permissions WHERE permission IN (
                        'DELETE_SEGMENT',
                        'UPDATE_SEGMENT',
                        'CREATE_SEGMENT'
                    )) 
        AND role_id IN (SELECT id FROM roles r WHERE r.name = 'Admin');

-- migrate:down irreversible
