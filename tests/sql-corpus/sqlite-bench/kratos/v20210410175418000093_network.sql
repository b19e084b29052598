-- revision: v20210410175418000093
-- down_revision: v20210410175418000092
-- message: ory/kratos network

-- migrate:up
DROP TABLE "selfservice_recovery_flows";

-- migrate:down
-- empty down in the source history
