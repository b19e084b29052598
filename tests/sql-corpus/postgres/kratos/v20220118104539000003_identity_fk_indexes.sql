-- revision: v20220118104539000003
-- down_revision: v20220118104539000002
-- message: ory/kratos identity_fk_indexes

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_nid_identity_id_idx" ON "identity_verifiable_addresses" (identity_id, nid);

-- migrate:down
DROP INDEX "identity_credentials_nid_identity_id_idx";
