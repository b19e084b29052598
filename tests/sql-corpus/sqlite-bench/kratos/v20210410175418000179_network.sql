-- revision: v20210410175418000179
-- down_revision: v20210410175418000178
-- message: ory/kratos network

-- migrate:up
DROP TABLE "sessions";

-- migrate:down
-- empty down in the source history
