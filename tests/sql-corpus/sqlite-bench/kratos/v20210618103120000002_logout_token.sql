-- revision: v20210618103120000002
-- down_revision: v20210618103120000001
-- message: ory/kratos logout_token

-- migrate:up
DROP INDEX IF EXISTS "sessions_nid_idx";

-- migrate:down
INSERT INTO "_sessions_tmp" (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid) SELECT id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid FROM "sessions";
