-- revision: v20200831110752000001
-- down_revision: v20200831110752000000
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
DROP INDEX "identity_verifiable_addresses_code_idx";

-- migrate:down
CREATE UNIQUE INDEX "identity_verifiable_addresses_code_uq_idx" ON "identity_verifiable_addresses" (code);
