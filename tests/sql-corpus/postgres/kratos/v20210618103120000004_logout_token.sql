-- revision: v20210618103120000004
-- down_revision: v20210618103120000003
-- message: ory/kratos logout_token

-- migrate:up
CREATE INDEX "sessions_logout_token_idx" ON "sessions" (logout_token);

-- migrate:down
-- empty down in the source history
