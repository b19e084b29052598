-- revision: v20191100000001000005
-- down_revision: v20191100000001000004
-- message: ory/kratos identities

-- migrate:up
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_idx" ON "identity_credential_identifiers" (identifier);

-- migrate:down
-- empty down in the source history
