-- revision: v0002
-- down_revision: v0001
-- message: authzed/spicedb add_reverse_index

-- migrate:up
CREATE INDEX ix_relation_tuple_by_subject ON relation_tuple (userset_object_id, userset_namespace, userset_relation, namespace, relation);
CREATE INDEX ix_relation_tuple_by_subject_relation ON relation_tuple (userset_namespace, userset_relation, namespace, relation);

-- migrate:down irreversible
