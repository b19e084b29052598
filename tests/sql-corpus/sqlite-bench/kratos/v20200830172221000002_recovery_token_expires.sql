-- revision: v20200830172221000002
-- down_revision: v20200830172221000001
-- message: ory/kratos recovery_token_expires

-- migrate:up
DROP INDEX IF EXISTS "identity_recovery_addresses_code_idx";

-- migrate:down
INSERT INTO "_identity_recovery_tokens_tmp" (id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, nid) SELECT id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, nid FROM "identity_recovery_tokens";
