-- revision: v20210410175418000147
-- down_revision: v20210410175418000146
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_nid_idx" ON "identity_verifiable_addresses" (id, nid);

-- migrate:down
-- empty down in the source history
