-- revision: v20210410175418000029
-- down_revision: v20210410175418000028
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "courier_messages_nid_idx" ON "courier_messages" (id, nid);

-- migrate:down
DROP INDEX "selfservice_registration_flows_nid_idx";
