-- revision: v20210410175418000081
-- down_revision: v20210410175418000080
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identity_credential_identifiers_tmp" (id, identifier, identity_credential_id, created_at, updated_at, nid) SELECT id, identifier, identity_credential_id, created_at, updated_at, nid FROM "identity_credential_identifiers";

-- migrate:down
-- empty down in the source history
