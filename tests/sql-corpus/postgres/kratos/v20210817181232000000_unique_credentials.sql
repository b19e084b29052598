-- revision: v20210817181232000000
-- down_revision: v20210816142650000005
-- message: ory/kratos unique_credentials

-- migrate:up
DROP INDEX "identity_credential_identifiers_identifier_nid_uq_idx";

-- migrate:down
CREATE UNIQUE INDEX "identity_credential_identifiers_identifier_nid_uq_idx" ON "identity_credential_identifiers" (nid, identifier);
