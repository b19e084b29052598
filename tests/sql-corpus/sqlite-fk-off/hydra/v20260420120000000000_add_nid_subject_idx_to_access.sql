-- revision: v20260420120000000000
-- down_revision: v20260325111700000000
-- message: ory/hydra add_nid_subject_idx_to_access

-- migrate:up
CREATE INDEX IF NOT EXISTS hydra_oauth2_access_nid_subject_idx ON hydra_oauth2_access (nid ASC, subject ASC, client_id ASC);

-- migrate:down
DROP INDEX IF EXISTS hydra_oauth2_access_nid_subject_idx;
