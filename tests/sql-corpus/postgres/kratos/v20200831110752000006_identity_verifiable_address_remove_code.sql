-- revision: v20200831110752000006
-- down_revision: v20200831110752000005
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "identity_verifiable_addresses" ADD COLUMN "expires_at" timestamp;
