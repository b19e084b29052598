-- revision: v20200830172221000025
-- down_revision: v20200830172221000024
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "identity_recovery_tokens_nid_idx" ON "_identity_recovery_tokens_tmp" (id, nid);
