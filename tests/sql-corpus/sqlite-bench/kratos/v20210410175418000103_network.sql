-- revision: v20210410175418000103
-- down_revision: v20210410175418000102
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_recovery_addresses_status_via_idx" ON "_identity_recovery_addresses_tmp" (via, value);

-- migrate:down
-- empty down in the source history
