-- revision: v20210810153530000023
-- down_revision: v20210810153530000022
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "sessions_logout_token_idx" ON "_sessions_tmp" (logout_token);
