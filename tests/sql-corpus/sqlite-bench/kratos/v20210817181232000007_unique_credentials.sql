-- revision: v20210817181232000007
-- down_revision: v20210817181232000006
-- message: ory/kratos unique_credentials

-- migrate:up
CREATE INDEX "identity_credential_identifiers_nid_idx" ON "_identity_credential_identifiers_tmp" (id, nid);

-- migrate:down
DROP INDEX IF EXISTS "identity_credential_identifiers_identifier_nid_type_uq_idx";
