-- revision: v20200831110752000000
-- down_revision: v20200830172221000003
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
DROP INDEX "identity_verifiable_addresses_code_uq_idx";

-- migrate:down
CREATE INDEX "identity_verifiable_addresses_code_idx" ON "identity_verifiable_addresses" (code);
