-- revision: v20210410175418000176
-- down_revision: v20210410175418000175
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "sessions_token_idx" ON "_sessions_tmp" (token);

-- migrate:down
-- empty down in the source history
