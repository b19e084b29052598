-- revision: v20210410175418000059
-- down_revision: v20210410175418000058
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_recovery_addresses_status_via_uq_idx" ON "identity_recovery_addresses" (nid, via, value);

-- migrate:down
-- empty down in the source history
