-- revision: v20210913095309000013
-- down_revision: v20210913095309000012
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "identity_recovery_tokens_nid_idx" ON "_identity_recovery_tokens_tmp" (id, nid);
