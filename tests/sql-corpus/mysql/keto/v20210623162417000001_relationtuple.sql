-- revision: v20210623162417000001
-- down_revision: v20210623162417000000
-- message: ory/keto relationtuple

-- migrate:up

-- mysql has no partial indexes so we can only use the full one
CREATE INDEX keto_relation_tuples_full_idx ON keto_relation_tuples (nid,
                                                                    namespace_id,
                                                                    object,
                                                                    relation,
                                                                    subject_id,
                                                                    subject_set_namespace_id,
                                                                    subject_set_object,
                                                                    subject_set_relation,
                                                                    commit_time);

-- migrate:down
DROP TABLE keto_relation_tuples;
