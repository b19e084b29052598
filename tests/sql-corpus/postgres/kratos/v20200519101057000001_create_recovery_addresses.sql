-- revision: v20200519101057000001
-- down_revision: v20200519101057000000
-- message: ory/kratos create_recovery_addresses

-- migrate:up
CREATE UNIQUE INDEX "identity_recovery_addresses_status_via_uq_idx" ON "identity_recovery_addresses" (via, value);

-- migrate:down
DROP TABLE "selfservice_recovery_requests";
