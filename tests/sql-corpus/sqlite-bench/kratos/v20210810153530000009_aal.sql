-- revision: v20210810153530000009
-- down_revision: v20210810153530000008
-- message: ory/kratos aal

-- migrate:up
CREATE INDEX "sessions_logout_token_idx" ON "_sessions_tmp" (logout_token);

-- migrate:down
CREATE INDEX "sessions_logout_token_idx" ON "_sessions_tmp" (logout_token);
