-- revision: v20210410175418000078
-- down_revision: v20210410175418000077
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_verifiable_addresses_status_via_uq_idx" ON "identity_verifiable_addresses" (nid, via, value);

-- migrate:down
-- empty down in the source history
