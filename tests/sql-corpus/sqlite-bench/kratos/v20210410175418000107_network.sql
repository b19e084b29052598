-- revision: v20210410175418000107
-- down_revision: v20210410175418000106
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identity_recovery_addresses_tmp" RENAME TO "identity_recovery_addresses";

-- migrate:down
-- empty down in the source history
