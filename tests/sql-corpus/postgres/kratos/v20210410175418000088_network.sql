-- revision: v20210410175418000088
-- down_revision: v20210410175418000087
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "sessions" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
-- empty down in the source history
