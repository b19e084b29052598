-- revision: v20210428103924a
-- down_revision: v20210428103923
-- message: Unleash/unleash patch_admin_role_name

-- migrate:up
UPDATE roles set name='Admin' where name='Super User';

-- migrate:down irreversible
