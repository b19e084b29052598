-- revision: v20210311102338000006
-- down_revision: v20210311102338000005
-- message: ory/kratos form_refactoring

-- migrate:up
UPDATE selfservice_login_flows SET ui='{}';

-- migrate:down
DROP INDEX IF EXISTS "selfservice_verification_flows_nid_idx";
