-- revision: v20210410175418000178
-- down_revision: v20210410175418000177
-- message: ory/kratos network

-- migrate:up
INSERT INTO "_sessions_tmp" (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid) SELECT id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid FROM "sessions";

-- migrate:down
-- empty down in the source history
