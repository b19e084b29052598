-- revision: v20210810153530000022
-- down_revision: v20210810153530000021
-- message: ory/kratos aal

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_sessions_tmp" (id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid, logout_token, aal) SELECT id, issued_at, expires_at, authenticated_at, identity_id, created_at, updated_at, token, active, nid, logout_token, aal FROM "sessions";
