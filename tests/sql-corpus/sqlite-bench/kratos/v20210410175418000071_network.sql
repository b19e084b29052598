-- revision: v20210410175418000071
-- down_revision: v20210410175418000070
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identity_credentials";

-- migrate:down
-- empty down in the source history
