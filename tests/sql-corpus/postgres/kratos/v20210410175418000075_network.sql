-- revision: v20210410175418000075
-- down_revision: v20210410175418000074
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_nid_idx" ON "identity_verifiable_addresses" (id, nid);

-- migrate:down
-- empty down in the source history
