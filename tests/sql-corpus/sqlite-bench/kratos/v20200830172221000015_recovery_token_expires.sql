-- revision: v20200830172221000015
-- down_revision: v20200830172221000014
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "identity_recovery_tokens_nid_idx" ON "_identity_recovery_tokens_tmp" (id, nid);
