-- revision: v20210311102338000053
-- down_revision: v20210311102338000052
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_verification_flows";

-- migrate:down
-- empty down in the source history
