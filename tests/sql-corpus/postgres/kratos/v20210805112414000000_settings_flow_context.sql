-- revision: v20210805112414000000
-- down_revision: v20210618103120000004
-- message: ory/kratos settings_flow_context

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ADD COLUMN "internal_context" jsonb;

-- migrate:down
ALTER TABLE "selfservice_settings_flows" DROP COLUMN "internal_context";
