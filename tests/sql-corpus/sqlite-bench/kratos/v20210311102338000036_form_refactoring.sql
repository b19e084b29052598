-- revision: v20210311102338000036
-- down_revision: v20210311102338000035
-- message: ory/kratos form_refactoring

-- migrate:up

DROP TABLE "selfservice_recovery_flows";

-- migrate:down
-- empty down in the source history
