-- revision: v20200519101057000002
-- down_revision: v20200519101057000001
-- message: ory/kratos create_recovery_addresses

-- migrate:up
CREATE INDEX "identity_recovery_addresses_status_via_idx" ON "identity_recovery_addresses" (via, value);

-- migrate:down
DROP TABLE "selfservice_recovery_request_methods";
