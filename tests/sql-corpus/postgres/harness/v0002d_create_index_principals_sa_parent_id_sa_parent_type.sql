-- revision: v0002d
-- down_revision: v0002c
-- message: harness/harness create_index_principals_sa_parent_id_sa_parent_type

-- migrate:up
CREATE INDEX principals_sa_parent_id_sa_parent_type
ON principals(principal_sa_parent_id, principal_sa_parent_type);

-- migrate:down irreversible
