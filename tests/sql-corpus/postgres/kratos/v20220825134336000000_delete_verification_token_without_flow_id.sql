-- revision: v20220825134336000000
-- down_revision: v20220824165300000002
-- message: ory/kratos delete_verification_token_without_flow_id

-- migrate:up
DELETE FROM identity_verification_tokens
WHERE selfservice_verification_flow_id IS NULL;

-- migrate:down
-- empty down in the source history
