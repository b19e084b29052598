-- revision: v20210410175418000044
-- down_revision: v20210410175418000043
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "continuity_containers_nid_idx" ON "continuity_containers" (id, nid);

-- migrate:down
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";
