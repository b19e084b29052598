-- revision: v20220824165300000000
-- down_revision: v20220802103909000000
-- message: ory/kratos add_flow_type_to_identity_recovery_tokens

-- migrate:up
ALTER TABLE identity_recovery_tokens
ADD token_type int NOT NULL DEFAULT 0;

-- migrate:down
ALTER TABLE identity_recovery_tokens
DROP token_type;
