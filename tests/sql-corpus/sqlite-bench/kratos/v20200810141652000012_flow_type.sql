-- revision: v20200810141652000012
-- down_revision: v20200810141652000011
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_selfservice_settings_requests_tmp" RENAME TO "selfservice_settings_requests";
