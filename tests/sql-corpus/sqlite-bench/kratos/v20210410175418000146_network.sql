-- revision: v20210410175418000146
-- down_revision: v20210410175418000145
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identity_verifiable_addresses_tmp" RENAME TO "identity_verifiable_addresses";

-- migrate:down
-- empty down in the source history
