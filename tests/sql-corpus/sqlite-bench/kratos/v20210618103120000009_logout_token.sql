-- revision: v20210618103120000009
-- down_revision: v20210618103120000008
-- message: ory/kratos logout_token

-- migrate:up
INSERT INTO "_sessions_tmp" (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid, logout_token) SELECT id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid, logout_token FROM "sessions";

-- migrate:down
DROP INDEX IF EXISTS "sessions_token_idx";
