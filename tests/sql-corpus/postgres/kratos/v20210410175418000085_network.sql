-- revision: v20210410175418000085
-- down_revision: v20210410175418000084
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "sessions" ADD COLUMN "nid" UUID;

-- migrate:down
-- empty down in the source history
