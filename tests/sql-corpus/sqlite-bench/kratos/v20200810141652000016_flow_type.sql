-- revision: v20200810141652000016
-- down_revision: v20200810141652000015
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_selfservice_registration_requests_tmp" RENAME TO "selfservice_registration_requests";
