-- revision: v20210410175418000070
-- down_revision: v20210410175418000069
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identity_credentials_tmp" (id, config, identity_credential_type_id, identity_id, created_at, updated_at, nid) SELECT id, config, identity_credential_type_id, identity_id, created_at, updated_at, nid FROM "identity_credentials";

-- migrate:down
-- empty down in the source history
