-- revision: v20230130113337
-- down_revision: v20230127111638
-- message: Unleash/unleash revert_user_pat_permissions

-- migrate:up
DELETE FROM permissions WHERE permission = 'READ_USER_PAT';
        DELETE FROM permissions WHERE permission = 'CREATE_USER_PAT';
        DELETE FROM permissions WHERE permission = 'DELETE_USER_PAT';

-- migrate:down irreversible
