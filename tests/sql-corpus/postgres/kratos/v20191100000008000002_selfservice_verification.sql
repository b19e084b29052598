-- revision: v20191100000008000002
-- down_revision: v20191100000008000001
-- message: ory/kratos selfservice_verification

-- migrate:up
CREATE INDEX "identity_verifiable_addresses_code_idx" ON "identity_verifiable_addresses" (code);

-- migrate:down
-- empty down in the source history
