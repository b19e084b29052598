-- revision: v20210410175418000079
-- down_revision: v20210410175418000078
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_status_via_idx" ON "identity_verifiable_addresses" (nid, via, value);

-- migrate:down
-- empty down in the source history
