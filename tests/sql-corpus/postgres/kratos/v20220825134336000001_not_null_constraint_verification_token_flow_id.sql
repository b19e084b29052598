-- revision: v20220825134336000001
-- down_revision: v20220825134336000000
-- message: ory/kratos not_null_constraint_verification_token_flow_id

-- migrate:up
ALTER TABLE identity_verification_tokens
ALTER selfservice_verification_flow_id SET NOT NULL;

DROP INDEX identity_verification_tokens_token_nid_used_idx;
CREATE INDEX identity_verification_tokens_token_nid_used_flow_id_idx ON identity_verification_tokens (nid, token, used, selfservice_verification_flow_id);

-- migrate:down
ALTER TABLE identity_verification_tokens
ALTER selfservice_verification_flow_id DROP NOT NULL;

DROP INDEX identity_verification_tokens_token_nid_used_flow_id_idx;
CREATE INDEX identity_verification_tokens_token_nid_used_idx ON identity_verification_tokens (nid, token, used);
