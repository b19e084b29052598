-- revision: v20260114175904000000
-- down_revision: v20251215000000000000
-- message: ory/kratos drop_identity_credentials_nid_idx

-- migrate:up
DROP INDEX IF EXISTS identity_credentials_nid_idx;

-- migrate:down
CREATE INDEX identity_credentials_nid_idx ON identity_credentials (nid);
