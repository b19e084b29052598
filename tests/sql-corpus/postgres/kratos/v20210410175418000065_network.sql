-- revision: v20210410175418000065
-- down_revision: v20210410175418000064
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_recovery_tokens_nid_idx" ON "identity_recovery_tokens" (id, nid);

-- migrate:down
-- empty down in the source history
