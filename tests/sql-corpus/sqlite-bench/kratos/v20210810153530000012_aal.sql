-- revision: v20210810153530000012
-- down_revision: v20210810153530000011
-- message: ory/kratos aal

-- migrate:up
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);

-- migrate:down
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);
