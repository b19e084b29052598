-- revision: v20191100000008000003
-- down_revision: v20191100000008000002
-- message: ory/kratos selfservice_verification

-- migrate:up
CREATE UNIQUE INDEX "identity_verifiable_addresses_status_via_uq_idx" ON "identity_verifiable_addresses" (via, value);

-- migrate:down
-- empty down in the source history
