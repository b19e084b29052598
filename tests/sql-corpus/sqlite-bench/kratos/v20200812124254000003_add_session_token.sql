-- revision: v20200812124254000003
-- down_revision: v20200812124254000002
-- message: ory/kratos add_session_token

-- migrate:up
INSERT INTO "_sessions_tmp" (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token) SELECT id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token FROM "sessions";

-- migrate:down
CREATE INDEX "sessions_nid_idx" ON "_sessions_tmp" (id, nid);
