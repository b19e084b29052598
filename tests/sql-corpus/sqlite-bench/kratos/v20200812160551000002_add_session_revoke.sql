-- revision: v20200812160551000002
-- down_revision: v20200812160551000001
-- message: ory/kratos add_session_revoke

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_sessions_tmp" (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, nid) SELECT id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, nid FROM "sessions";
