-- revision: v20210410175418000104
-- down_revision: v20210410175418000103
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "identity_recovery_addresses_status_via_uq_idx" ON "_identity_recovery_addresses_tmp" (via, value);

-- migrate:down
-- empty down in the source history
