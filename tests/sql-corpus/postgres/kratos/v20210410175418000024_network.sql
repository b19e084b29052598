-- revision: v20210410175418000024
-- down_revision: v20210410175418000023
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "continuity_containers_nid_idx" ON "continuity_containers" (id, nid);

-- migrate:down
DROP INDEX "identities_nid_idx";
