-- revision: v20200830172221000005
-- down_revision: v20200830172221000004
-- message: ory/kratos recovery_token_expires

-- migrate:up
CREATE INDEX "identity_recovery_addresses_code_idx" ON "_identity_recovery_tokens_tmp" (token);

-- migrate:down
CREATE INDEX "identity_recovery_tokens_nid_idx" ON "_identity_recovery_tokens_tmp" (id, nid);
