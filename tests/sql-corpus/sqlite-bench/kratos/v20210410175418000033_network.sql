-- revision: v20210410175418000033
-- down_revision: v20210410175418000032
-- message: ory/kratos network

-- migrate:up
DROP TABLE "selfservice_errors";

-- migrate:down

DROP TABLE "continuity_containers";
