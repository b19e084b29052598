-- revision: v20210623162417000003
-- down_revision: v20210623162417000002
-- message: ory/keto relationtuple

-- migrate:up

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
-- empty down in the source history
