-- revision: v20210311102338000014
-- down_revision: v20210311102338000013
-- message: ory/kratos form_refactoring

-- migrate:up

DROP TABLE "selfservice_registration_flows";

-- migrate:down
DROP INDEX IF EXISTS "selfservice_recovery_flows_nid_idx";
