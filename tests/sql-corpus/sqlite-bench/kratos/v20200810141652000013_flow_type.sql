-- revision: v20200810141652000013
-- down_revision: v20200810141652000012
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_settings_requests";
