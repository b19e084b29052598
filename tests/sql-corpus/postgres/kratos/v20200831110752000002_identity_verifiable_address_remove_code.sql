-- revision: v20200831110752000002
-- down_revision: v20200831110752000001
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
ALTER TABLE "identity_verifiable_addresses" DROP COLUMN "code";

-- migrate:down
ALTER TABLE "identity_verifiable_addresses" ALTER COLUMN "expires_at" TYPE timestamp, ALTER COLUMN "expires_at" DROP NOT NULL;
