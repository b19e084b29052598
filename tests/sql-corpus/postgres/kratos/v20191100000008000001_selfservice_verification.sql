-- revision: v20191100000008000001
-- down_revision: v20191100000008000000
-- message: ory/kratos selfservice_verification

-- migrate:up
CREATE UNIQUE INDEX "identity_verifiable_addresses_code_uq_idx" ON "identity_verifiable_addresses" (code);

-- migrate:down
DROP TABLE "selfservice_verification_requests";
