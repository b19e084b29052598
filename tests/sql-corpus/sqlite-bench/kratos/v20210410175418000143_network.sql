-- revision: v20210410175418000143
-- down_revision: v20210410175418000142
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_status_via_idx" ON "_identity_verifiable_addresses_tmp" (via, value);

-- migrate:down
-- empty down in the source history
