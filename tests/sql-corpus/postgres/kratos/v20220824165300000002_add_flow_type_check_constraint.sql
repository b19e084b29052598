-- revision: v20220824165300000002
-- down_revision: v20220824165300000001
-- message: ory/kratos add_flow_type_check_constraint

-- migrate:up
ALTER TABLE identity_recovery_tokens 
ADD CONSTRAINT identity_recovery_tokens_token_type_ck CHECK (token_type = 1 OR token_type = 2);

-- migrate:down
-- empty down in the source history
