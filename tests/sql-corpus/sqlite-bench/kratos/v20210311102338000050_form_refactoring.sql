-- revision: v20210311102338000050
-- down_revision: v20210311102338000049
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_verification_flows SET ui='{}';

-- migrate:down
-- empty down in the source history
