-- revision: v20210311102338000020
-- down_revision: v20210311102338000019
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_verification_flow_methods";

-- migrate:down
-- empty down in the source history
