-- revision: v20210805112414000007
-- down_revision: v20210805112414000006
-- message: ory/kratos settings_flow_context

-- migrate:up
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";

-- migrate:down
-- empty down in the source history
