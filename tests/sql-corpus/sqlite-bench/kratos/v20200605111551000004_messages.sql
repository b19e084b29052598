-- revision: v20200605111551000004
-- down_revision: v20200605111551000003
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_selfservice_login_requests_tmp" RENAME TO "selfservice_login_requests";
