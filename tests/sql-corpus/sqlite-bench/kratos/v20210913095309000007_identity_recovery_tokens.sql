-- revision: v20210913095309000007
-- down_revision: v20210913095309000006
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
INSERT INTO "_identity_recovery_tokens_tmp" (id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, expires_at, issued_at, nid) SELECT id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, expires_at, issued_at, nid FROM "identity_recovery_tokens";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_tokens_nid_idx";
