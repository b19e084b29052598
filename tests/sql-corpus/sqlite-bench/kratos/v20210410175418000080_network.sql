-- revision: v20210410175418000080
-- down_revision: v20210410175418000079
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_idx" ON "_identity_credential_identifiers_tmp" (identifier);

-- migrate:down
-- empty down in the source history
