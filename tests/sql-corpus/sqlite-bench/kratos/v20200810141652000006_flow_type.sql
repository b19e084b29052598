-- revision: v20200810141652000006
-- down_revision: v20200810141652000005
-- message: ory/kratos flow_type

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_selfservice_recovery_requests_tmp" RENAME TO "selfservice_recovery_requests";
