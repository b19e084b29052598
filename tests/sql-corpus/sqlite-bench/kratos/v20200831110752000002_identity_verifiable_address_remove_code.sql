-- revision: v20200831110752000002
-- down_revision: v20200831110752000001
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_idx";

-- migrate:down
ALTER TABLE "_identity_verifiable_addresses_tmp" RENAME TO "identity_verifiable_addresses";
