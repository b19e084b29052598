-- revision: v20210410175418000009
-- down_revision: v20210410175418000008
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_registration_flows_nid_idx" ON "selfservice_registration_flows" (id, nid);

-- migrate:down
ALTER TABLE "identities" DROP COLUMN "nid";
