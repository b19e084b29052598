-- revision: v20210311102338000037
-- down_revision: v20210311102338000036
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "_selfservice_recovery_flows_tmp" RENAME TO "selfservice_recovery_flows";

-- migrate:down
-- empty down in the source history
