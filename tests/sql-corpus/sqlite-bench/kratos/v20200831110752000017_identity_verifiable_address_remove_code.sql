-- revision: v20200831110752000017
-- down_revision: v20200831110752000016
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
ALTER TABLE "_identity_verifiable_addresses_tmp" RENAME TO "identity_verifiable_addresses";

-- migrate:down
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_idx";
