-- revision: v20191100000007000001
-- down_revision: v20191100000007000000
-- message: ory/kratos errors

-- migrate:up
-- empty up in the source history

-- migrate:down

DROP TABLE "selfservice_errors";
