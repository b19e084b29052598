-- revision: v20260420120000000001
-- down_revision: v20260420120000000000
-- message: ory/hydra add_nid_subject_idx_to_refresh

-- migrate:up
-- MySQL variant: see companion access migration for the column-order rationale.
CREATE INDEX hydra_oauth2_refresh_subject_nid_idx ON hydra_oauth2_refresh (subject ASC, nid ASC, client_id ASC);

-- migrate:down
DROP INDEX hydra_oauth2_refresh_subject_nid_idx ON hydra_oauth2_refresh;
