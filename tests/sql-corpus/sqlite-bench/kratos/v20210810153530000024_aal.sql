-- revision: v20210810153530000024
-- down_revision: v20210810153530000023
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE UNIQUE INDEX "sessions_logout_token_uq_idx" ON "_sessions_tmp" (logout_token);
