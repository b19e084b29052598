-- revision: v20210410175418000106
-- down_revision: v20210410175418000105
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identity_recovery_addresses";

-- migrate:down
-- empty down in the source history
