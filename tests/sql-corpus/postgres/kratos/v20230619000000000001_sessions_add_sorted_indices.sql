-- revision: v20230619000000000001
-- down_revision: v20230614000001000000
-- message: ory/kratos sessions_add_sorted_indices

-- migrate:up
CREATE INDEX sessions_identity_id_nid_sorted_idx
  ON sessions (identity_id, nid, authenticated_at DESC);

DROP INDEX sessions_identity_id_nid_idx;

-- migrate:down
CREATE INDEX sessions_identity_id_nid_idx
  ON sessions (identity_id, nid);

DROP INDEX sessions_identity_id_nid_sorted_idx;
