-- revision: v20231121153304
-- down_revision: v20231103064746
-- message: Unleash/unleash add_permission_create_tag_type

-- migrate:up
INSERT INTO permissions (permission, display_name, type) VALUES ('CREATE_TAG_TYPE', 'Create tag types', 'root');
        SELECT assign_unleash_permission_to_role('CREATE_TAG_TYPE', 'Editor');

-- migrate:down irreversible
