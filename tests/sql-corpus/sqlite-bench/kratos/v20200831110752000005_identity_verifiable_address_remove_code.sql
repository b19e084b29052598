-- revision: v20200831110752000005
-- down_revision: v20200831110752000004
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_status_via_idx" ON "_identity_verifiable_addresses_tmp" (via, value);

-- migrate:down
CREATE UNIQUE INDEX "identity_verifiable_addresses_status_via_uq_idx" ON "_identity_verifiable_addresses_tmp" (via, value);
