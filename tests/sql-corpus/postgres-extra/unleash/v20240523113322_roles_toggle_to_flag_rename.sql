-- revision: v20240523113322
-- down_revision: v20240523093355
-- message: Unleash/unleash roles_toggle_to_flag_rename

-- migrate:up
UPDATE roles
        SET description = 'Users with the project owner role have full control over the project, and can add and manage other users within the project context, manage feature flags within the project, and control advanced project features like archiving and deleting the project.'
        WHERE name = 'Owner'
          AND type = 'project';

        UPDATE roles
        SET description = 'Users with the project member role are allowed to view, create, and update feature flags within a project, but have limited permissions in regards to managing the project''s user access and can not archive or delete the project.'
        WHERE name = 'Member'
          AND type = 'project';

-- migrate:down irreversible
