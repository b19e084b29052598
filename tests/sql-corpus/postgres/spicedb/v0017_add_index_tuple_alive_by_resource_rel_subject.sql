-- revision: v0017
-- down_revision: v0016
-- message: authzed/spicedb add_index_tuple_alive_by_resource_rel_subject
-- transactional: false

-- migrate:up
CREATE INDEX CONCURRENTLY 
  IF NOT EXISTS ix_relation_tuple_alive_by_resource_rel_subject_covering
  ON relation_tuple (namespace, relation, userset_namespace)
    INCLUDE (userset_object_id, userset_relation, caveat_name, caveat_context)
    WHERE deleted_xid = '9223372036854775807'::xid8;

-- migrate:down irreversible
