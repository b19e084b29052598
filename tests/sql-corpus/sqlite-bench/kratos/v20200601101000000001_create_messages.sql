-- revision: v20200601101000000001
-- down_revision: v20200601101000000000
-- message: ory/kratos create_messages

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_settings_requests";
