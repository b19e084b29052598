-- revision: v20210805112414000006
-- down_revision: v20210805112414000005
-- message: ory/kratos settings_flow_context

-- migrate:up
DROP TABLE "selfservice_settings_flows";

-- migrate:down
-- empty down in the source history
