-- revision: v20210311102338000039
-- down_revision: v20210311102338000038
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_recovery_flows SET ui='{}';

-- migrate:down
-- empty down in the source history
