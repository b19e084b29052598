-- revision: v20210410175418000044
-- down_revision: v20210410175418000043
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_credential_identifiers_nid_idx" ON "identity_credential_identifiers" (id, nid);

-- migrate:down
-- empty down in the source history
