-- revision: v20220111121010
-- down_revision: v20220111120346
-- message: Unleash/unleash update_project_for_editor_role

-- migrate:up
UPDATE role_user set project = 'default' where role_id 
    IN (SELECT id as role_id from roles WHERE name in ('Admin', 'Editor', 'Viewer') LIMIT 3);

-- migrate:down irreversible
