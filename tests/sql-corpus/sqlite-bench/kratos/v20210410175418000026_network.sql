-- revision: v20210410175418000026
-- down_revision: v20210410175418000025
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_settings_flows_nid_idx" ON "selfservice_settings_flows" (id, nid);

-- migrate:down
ALTER TABLE "_courier_messages_tmp" RENAME TO "courier_messages";
