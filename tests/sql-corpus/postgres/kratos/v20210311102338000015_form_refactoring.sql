-- revision: v20210311102338000015
-- down_revision: v20210311102338000014
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_recovery_flow_methods";

-- migrate:down
-- empty down in the source history
