-- revision: v023
-- down_revision: v022
-- message: sebadob/rauthy pam_user_home_dir

-- migrate:up
ALTER TABLE pam_users
    ADD home_dir VARCHAR;

-- migrate:down irreversible
