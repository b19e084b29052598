-- revision: v20210410175418000056
-- down_revision: v20210410175418000055
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_recovery_addresses_nid_idx" ON "identity_recovery_addresses" (id, nid);

-- migrate:down
-- empty down in the source history
