-- revision: v20210913095309000015
-- down_revision: v20210913095309000014
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE UNIQUE INDEX "identity_recovery_addresses_code_uq_idx" ON "_identity_recovery_tokens_tmp" (token);
