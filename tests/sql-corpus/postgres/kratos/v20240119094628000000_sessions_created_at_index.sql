-- revision: v20240119094628000000
-- down_revision: v20231130094628000000
-- message: ory/kratos sessions_created_at_index

-- migrate:up
CREATE INDEX sessions_nid_created_at_id_idx ON sessions (nid, created_at DESC, id ASC);

-- migrate:down
DROP INDEX sessions_nid_created_at_id_idx;
