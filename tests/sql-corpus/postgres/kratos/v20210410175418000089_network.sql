-- revision: v20210410175418000089
-- down_revision: v20210410175418000088
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "sessions_nid_idx" ON "sessions" (id, nid);

-- migrate:down
-- empty down in the source history
