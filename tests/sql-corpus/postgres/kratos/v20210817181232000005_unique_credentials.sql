-- revision: v20210817181232000005
-- down_revision: v20210817181232000004
-- message: ory/kratos unique_credentials

-- migrate:up
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_nid_type_uq_idx" ON "identity_credential_identifiers" (nid, identity_credential_type_id, identifier);

-- migrate:down
-- empty down in the source history
