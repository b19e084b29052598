-- revision: v20200812160551000005
-- down_revision: v20200812160551000004
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE INDEX "sessions_nid_idx" ON "_sessions_tmp" (id, nid);
