-- revision: v20200605111551000010
-- down_revision: v20200605111551000009
-- message: ory/kratos messages

-- migrate:up
-- empty up in the source history

-- migrate:down
INSERT INTO "_selfservice_verification_requests_tmp" (id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, nid, form, via, success) SELECT id, request_url, issued_at, expires_at, csrf_token, created_at, updated_at, nid, form, via, success FROM "selfservice_verification_requests";
