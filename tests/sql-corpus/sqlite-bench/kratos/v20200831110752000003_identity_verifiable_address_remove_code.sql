-- revision: v20200831110752000003
-- down_revision: v20200831110752000002
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_uq_idx";

-- migrate:down
DROP TABLE "identity_verifiable_addresses";
