-- revision: v20210810153530000011
-- down_revision: v20210810153530000010
-- message: ory/kratos aal

-- migrate:up
CREATE INDEX "sessions_token_idx" ON "_sessions_tmp" (token);

-- migrate:down
CREATE INDEX "sessions_token_idx" ON "_sessions_tmp" (token);
