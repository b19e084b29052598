-- revision: v20200810141652000017
-- down_revision: v20200810141652000016
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_registration_requests";
