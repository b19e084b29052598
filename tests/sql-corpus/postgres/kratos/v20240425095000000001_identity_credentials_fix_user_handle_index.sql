-- revision: v20240425095000000001
-- down_revision: v20240425095000000000
-- message: ory/kratos identity_credentials_fix_user_handle_index

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
