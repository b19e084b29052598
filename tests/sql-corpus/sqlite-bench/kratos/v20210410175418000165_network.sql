-- revision: v20210410175418000165
-- down_revision: v20210410175418000164
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_identity_verification_tokens_tmp" (id, token, used, used_at, expires_at, issued_at, identity_verifiable_address_id, selfservice_verification_flow_id, created_at, updated_at, nid) SELECT id, token, used, used_at, expires_at, issued_at, identity_verifiable_address_id, selfservice_verification_flow_id, created_at, updated_at, nid FROM "identity_verification_tokens";

-- migrate:down
-- empty down in the source history
