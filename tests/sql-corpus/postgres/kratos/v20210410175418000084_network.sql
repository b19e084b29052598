-- revision: v20210410175418000084
-- down_revision: v20210410175418000083
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "identity_verification_tokens_nid_idx" ON "identity_verification_tokens" (id, nid);

-- migrate:down
-- empty down in the source history
