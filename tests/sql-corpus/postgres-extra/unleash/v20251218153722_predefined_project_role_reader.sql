-- revision: v20251218153722
-- down_revision: v20251210144308
-- message: Unleash/unleash predefined_project_role_reader

-- migrate:up
ALTER TABLE roles DROP CONSTRAINT unique_name;
        ALTER TABLE roles ADD CONSTRAINT roles_type_name_unique UNIQUE (type, name);

        INSERT INTO roles (name, description, type)
        VALUES ('Reader', 'Users with the project reader role have read-only access to the project and cannot make changes.', 'project')
        ON CONFLICT (type, name) DO NOTHING;

-- migrate:down irreversible
