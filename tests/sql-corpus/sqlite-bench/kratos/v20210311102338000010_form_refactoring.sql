-- revision: v20210311102338000010
-- down_revision: v20210311102338000009
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";

-- migrate:down

DROP TABLE "selfservice_recovery_flows";
