-- revision: v20210311102338000004
-- down_revision: v20210311102338000003
-- message: ory/kratos form_refactoring

-- migrate:up
ALTER TABLE "_selfservice_login_flows_tmp" RENAME TO "selfservice_login_flows";

-- migrate:down
CREATE INDEX "selfservice_verification_flows_nid_idx" ON "_selfservice_verification_flows_tmp" (id, nid);
