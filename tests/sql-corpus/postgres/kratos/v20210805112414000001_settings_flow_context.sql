-- revision: v20210805112414000001
-- down_revision: v20210805112414000000
-- message: ory/kratos settings_flow_context

-- migrate:up
UPDATE selfservice_settings_flows SET internal_context='{}';

-- migrate:down
-- empty down in the source history
