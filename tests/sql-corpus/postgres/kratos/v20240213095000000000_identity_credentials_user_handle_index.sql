-- revision: v20240213095000000000
-- down_revision: v20240119094628000000
-- message: ory/kratos identity_credentials_user_handle_index

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
