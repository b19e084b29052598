-- revision: v20210410175418000011
-- down_revision: v20210410175418000010
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD CONSTRAINT "selfservice_settings_flows_nid_fk_idx" FOREIGN KEY ("nid") REFERENCES "networks" ("id") ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
ALTER TABLE "courier_messages" DROP COLUMN "nid";
