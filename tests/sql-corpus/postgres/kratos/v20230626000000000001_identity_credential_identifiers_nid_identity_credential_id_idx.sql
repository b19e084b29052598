-- revision: v20230626000000000001
-- down_revision: v20230619000000000001
-- message: ory/kratos identity_credential_identifiers_nid_identity_credential_id_idx

-- migrate:up
-- index already exists

-- migrate:down
-- nothing
