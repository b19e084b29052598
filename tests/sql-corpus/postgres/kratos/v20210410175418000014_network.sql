-- revision: v20210410175418000014
-- down_revision: v20210410175418000013
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_settings_flows_nid_idx" ON "selfservice_settings_flows" (id, nid);

-- migrate:down
ALTER TABLE "selfservice_registration_flows" DROP COLUMN "nid";
