-- revision: v20210410175418000122
-- down_revision: v20210410175418000121
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identity_recovery_tokens_tmp" (id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, expires_at, issued_at, nid) SELECT id, token, used, used_at, identity_recovery_address_id, selfservice_recovery_flow_id, created_at, updated_at, expires_at, issued_at, nid FROM "identity_recovery_tokens";

-- migrate:down
-- empty down in the source history
