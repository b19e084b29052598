-- revision: v20220824165300000001
-- down_revision: v20220824165300000000
-- message: ory/kratos populate_flow_type_in_recovery_tokens

-- migrate:up
UPDATE identity_recovery_tokens
SET token_type = 1
WHERE selfservice_recovery_flow_id IS NULL;

UPDATE identity_recovery_tokens
SET token_type = 2
WHERE selfservice_recovery_flow_id IS NOT NULL;

-- migrate:down
-- empty down in the source history
