-- revision: v20210410175418000015
-- down_revision: v20210410175418000014
-- message: ory/kratos network

-- migrate:up
DROP TABLE "selfservice_registration_flows";

-- migrate:down

DROP TABLE "identity_credentials";
