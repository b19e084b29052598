-- revision: v20210810153530000010
-- down_revision: v20210810153530000009
-- message: ory/kratos aal

-- migrate:up
CREATE UNIQUE INDEX "sessions_logout_token_uq_idx" ON "_sessions_tmp" (logout_token);

-- migrate:down
CREATE UNIQUE INDEX "sessions_logout_token_uq_idx" ON "_sessions_tmp" (logout_token);
