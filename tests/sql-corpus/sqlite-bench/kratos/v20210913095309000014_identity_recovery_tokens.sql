-- revision: v20210913095309000014
-- down_revision: v20210913095309000013
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "identity_recovery_addresses_code_idx" ON "_identity_recovery_tokens_tmp" (token);
