-- revision: v20210810153530000026
-- down_revision: v20210810153530000025
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE UNIQUE INDEX "sessions_token_uq_idx" ON "_sessions_tmp" (token);
