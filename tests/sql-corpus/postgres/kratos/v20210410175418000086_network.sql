-- revision: v20210410175418000086
-- down_revision: v20210410175418000085
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
-- empty down in the source history
