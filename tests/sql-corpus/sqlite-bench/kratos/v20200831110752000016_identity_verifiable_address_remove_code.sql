-- revision: v20200831110752000016
-- down_revision: v20200831110752000015
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up

DROP TABLE "identity_verifiable_addresses";

-- migrate:down
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_uq_idx";
