-- revision: v20210410175418000180
-- down_revision: v20210410175418000179
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_sessions_tmp" RENAME TO "sessions";

-- migrate:down
-- empty down in the source history
