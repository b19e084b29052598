-- revision: v20200810141652000021
-- down_revision: v20200810141652000020
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_login_requests";
