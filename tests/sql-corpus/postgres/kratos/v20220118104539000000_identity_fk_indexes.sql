-- revision: v20220118104539000000
-- down_revision: v20210913095309000004
-- message: ory/kratos identity_fk_indexes

-- migrate:up
CREATE INDEX "identity_credentials_nid_identity_id_idx" ON "identity_credentials" (identity_id, nid);

-- migrate:down
DROP INDEX "identity_verifiable_addresses_nid_identity_id_idx";
