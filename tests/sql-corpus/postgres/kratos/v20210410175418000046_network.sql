-- revision: v20210410175418000046
-- down_revision: v20210410175418000045
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_nid_uq_idx" ON "identity_credential_identifiers" (nid, identifier);

-- migrate:down
-- empty down in the source history
