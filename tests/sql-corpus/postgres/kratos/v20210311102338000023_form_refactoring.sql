-- revision: v20210311102338000023
-- down_revision: v20210311102338000022
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_verification_flows SET ui='{}';

-- migrate:down
-- empty down in the source history
