-- revision: v20210805112414000002
-- down_revision: v20210805112414000001
-- message: ory/kratos settings_flow_context

-- migrate:up
ALTER TABLE "selfservice_settings_flows" ALTER COLUMN "internal_context" TYPE jsonb, ALTER COLUMN "internal_context" SET NOT NULL;

-- migrate:down
-- empty down in the source history
