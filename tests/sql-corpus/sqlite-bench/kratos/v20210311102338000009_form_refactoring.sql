-- revision: v20210311102338000009
-- down_revision: v20210311102338000008
-- message: ory/kratos form_refactoring

-- migrate:up
DROP TABLE "selfservice_login_flows";

-- migrate:down
ALTER TABLE "_selfservice_recovery_flows_tmp" RENAME TO "selfservice_recovery_flows";
