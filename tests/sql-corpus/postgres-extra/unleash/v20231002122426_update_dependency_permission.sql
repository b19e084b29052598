-- revision: v20231002122426
-- down_revision: v20230927172930
-- message: Unleash/unleash update_dependency_permission

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('UPDATE_FEATURE_DEPENDENCY', 'Update feature dependency', 'project');
        SELECT assign_unleash_permission_to_role('UPDATE_FEATURE_DEPENDENCY', 'Member');
        SELECT assign_unleash_permission_to_role('UPDATE_FEATURE_DEPENDENCY', 'Owner');

-- migrate:down irreversible
