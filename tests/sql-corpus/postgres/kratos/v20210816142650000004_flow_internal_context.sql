-- revision: v20210816142650000004
-- down_revision: v20210816142650000003
-- message: ory/kratos flow_internal_context

-- migrate:up
UPDATE selfservice_registration_flows SET internal_context='{}';

-- migrate:down
-- empty down in the source history
