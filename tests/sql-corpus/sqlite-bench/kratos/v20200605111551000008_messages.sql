-- revision: v20200605111551000008
-- down_revision: v20200605111551000007
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE "_selfservice_verification_requests_tmp" RENAME TO "selfservice_verification_requests";
