-- revision: v20200605111551000009
-- down_revision: v20200605111551000008
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_verification_requests";
