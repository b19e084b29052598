-- revision: v20210410175418000006
-- down_revision: v20210410175418000005
-- message: ory/kratos network

-- migrate:up
DROP TABLE "selfservice_login_flows";

-- migrate:down

DROP TABLE "identity_credential_identifiers";
