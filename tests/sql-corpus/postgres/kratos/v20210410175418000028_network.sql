-- revision: v20210410175418000028
-- down_revision: v20210410175418000027
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "courier_messages" ALTER COLUMN "nid" TYPE UUID, ALTER COLUMN "nid" DROP NOT NULL;

-- migrate:down
DROP INDEX "selfservice_settings_flows_nid_idx";
