-- revision: v20220408081222
-- down_revision: v20220405103233
-- message: Unleash/unleash clean_up_duplicate_foreign_key_role_permission

-- migrate:up
ALTER TABLE role_permission DROP CONSTRAINT fk_role_permission;

-- migrate:down irreversible
