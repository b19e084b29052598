-- revision: v20210410175418000132
-- down_revision: v20210410175418000131
-- message: ory/kratos network

-- migrate:up
DROP TABLE "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
