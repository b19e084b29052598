-- revision: v20210520171325
-- down_revision: v20210504101429
-- message: Unleash/unleash update_role_descriptions

-- migrate:up
UPDATE roles set description = 'Users with the editor role have access to most features in Unleash, but can not manage users and roles in the global scope. Editors will be added as project owner when creating projects and get superuser rights within the context of these projects.' where name = 'Editor' AND type = 'root';
    UPDATE roles set description = 'Users with the global admin role have superuser access to Unleash and can perform any operation within the unleash platform.' where name = 'Admin' AND type = 'root';
    UPDATE roles set description = 'Users with this role can only read root resources in Unleash. The viewer can be added to specific projects as project member.' where name = 'Viewer' AND type = 'root';

-- migrate:down irreversible
