-- revision: v20200830172221000007
-- down_revision: v20200830172221000006
-- message: ory/kratos recovery_token_expires

-- migrate:up
INSERT INTO "_identity_recovery_tokens_tmp" (id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, expires_at, issued_at) SELECT id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, expires_at, issued_at FROM "identity_recovery_tokens";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_uq_idx";
