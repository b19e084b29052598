-- revision: v20210913095309000004
-- down_revision: v20210913095309000003
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
CREATE INDEX "identity_recovery_tokens_nid_idx" ON "_identity_recovery_tokens_tmp" (id, nid);

-- migrate:down
CREATE INDEX "identity_recovery_addresses_code_idx" ON "_identity_recovery_tokens_tmp" (token);
