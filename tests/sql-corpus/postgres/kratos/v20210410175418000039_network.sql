-- revision: v20210410175418000039
-- down_revision: v20210410175418000038
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_credentials_nid_idx" ON "identity_credentials" (id, nid);

-- migrate:down
ALTER TABLE "selfservice_settings_flows" DROP CONSTRAINT "selfservice_settings_flows_nid_fk_idx";
