-- revision: v20220118104539000001
-- down_revision: v20220118104539000000
-- message: ory/kratos identity_fk_indexes

-- migrate:up
CREATE INDEX "identity_credential_identifiers_nid_identity_credential_id_idx" ON "identity_credential_identifiers" (identity_credential_id, nid);

-- migrate:down
DROP INDEX "identity_recovery_addresses_nid_identity_id_idx";
