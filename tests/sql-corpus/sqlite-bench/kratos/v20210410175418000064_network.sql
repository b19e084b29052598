-- revision: v20210410175418000064
-- down_revision: v20210410175418000063
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identities_nid_idx" ON "identities" (id, nid);

-- migrate:down
-- empty down in the source history
