-- revision: v20200831110752000003
-- down_revision: v20200831110752000002
-- message: ory/kratos identity_verifiable_address_remove_code

-- migrate:up
ALTER TABLE "identity_verifiable_addresses" DROP COLUMN "expires_at";

-- migrate:down
ALTER TABLE "identity_verifiable_addresses" ALTER COLUMN "code" TYPE VARCHAR (32), ALTER COLUMN "code" SET NOT NULL;
