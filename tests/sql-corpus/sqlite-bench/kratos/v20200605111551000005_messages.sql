-- revision: v20200605111551000005
-- down_revision: v20200605111551000004
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_login_requests";
