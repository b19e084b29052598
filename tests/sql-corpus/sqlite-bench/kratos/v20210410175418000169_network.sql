-- revision: v20210410175418000169
-- down_revision: v20210410175418000168
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "nid" char(36);

-- migrate:down
-- empty down in the source history
