-- revision: v20210311102338000018
-- down_revision: v20210311102338000017
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_recovery_flows SET ui='{}';

-- migrate:down
-- empty down in the source history
