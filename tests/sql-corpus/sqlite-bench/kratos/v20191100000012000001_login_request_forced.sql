-- revision: v20191100000012000001
-- down_revision: v20191100000012000000
-- message: ory/kratos login_request_forced

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_login_requests";
