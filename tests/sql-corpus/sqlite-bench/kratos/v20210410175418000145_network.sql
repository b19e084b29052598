-- revision: v20210410175418000145
-- down_revision: v20210410175418000144
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identity_verifiable_addresses";

-- migrate:down
-- empty down in the source history
