-- revision: v20210410175418000177
-- down_revision: v20210410175418000176
-- message: ory/kratos network

-- migrate:up
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);

-- migrate:down
-- empty down in the source history
