-- revision: v20210410175418000123
-- down_revision: v20210410175418000122
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identity_recovery_tokens";

-- migrate:down
-- empty down in the source history
