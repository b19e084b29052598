-- revision: v20210805112414000000
-- down_revision: v20210618103120000013
-- message: ory/kratos settings_flow_context

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "internal_context" TEXT;

-- migrate:down
ALTER TABLE "_selfservice_settings_flows_tmp" RENAME TO "selfservice_settings_flows";
