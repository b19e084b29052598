-- revision: v20210913095309000005
-- down_revision: v20210913095309000004
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
CREATE INDEX "identity_recovery_addresses_code_idx" ON "_identity_recovery_tokens_tmp" (token);

-- migrate:down
CREATE UNIQUE INDEX "identity_recovery_addresses_code_uq_idx" ON "_identity_recovery_tokens_tmp" (token);
