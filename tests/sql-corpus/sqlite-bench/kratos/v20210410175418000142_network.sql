-- revision: v20210410175418000142
-- down_revision: v20210410175418000141
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_verifiable_addresses_status_via_uq_idx" ON "_identity_verifiable_addresses_tmp" (via, value);

-- migrate:down
-- empty down in the source history
