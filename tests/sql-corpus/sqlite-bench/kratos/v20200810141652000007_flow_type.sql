-- revision: v20200810141652000007
-- down_revision: v20200810141652000006
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_recovery_requests";
