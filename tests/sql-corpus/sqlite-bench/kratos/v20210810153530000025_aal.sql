-- revision: v20210810153530000025
-- down_revision: v20210810153530000024
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "sessions_token_idx" ON "_sessions_tmp" (token);
