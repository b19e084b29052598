-- revision: v20210618103120000003
-- down_revision: v20210618103120000002
-- message: ory/kratos logout_token

-- migrate:up
CREATE UNIQUE INDEX "sessions_logout_token_uq_idx" ON "sessions" (logout_token);

-- migrate:down
-- empty down in the source history
