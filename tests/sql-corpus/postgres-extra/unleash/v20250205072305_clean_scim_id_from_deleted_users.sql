-- revision: v20250205072305
-- down_revision: v20250203145735
-- message: Unleash/unleash clean_scim_id_from_deleted_users

-- migrate:up
UPDATE users
        SET
            scim_id = NULL,
            scim_external_id = NULL
        WHERE deleted_at IS NOT NULL AND scim_id IS NOT NULL;

-- migrate:down irreversible
