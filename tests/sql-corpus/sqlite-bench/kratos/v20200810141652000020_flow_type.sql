-- revision: v20200810141652000020
-- down_revision: v20200810141652000019
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_selfservice_login_requests_tmp" RENAME TO "selfservice_login_requests";
