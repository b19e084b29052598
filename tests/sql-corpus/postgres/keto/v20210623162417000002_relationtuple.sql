-- revision: v20210623162417000002
-- down_revision: v20210623162417000001
-- message: ory/keto relationtuple

-- migrate:up

CREATE INDEX keto_relation_tuples_subject_sets_idx ON keto_relation_tuples (nid,
                                                                            namespace_id,
                                                                            object,
                                                                            relation,
                                                                            subject_set_namespace_id,
                                                                            subject_set_object,
                                                                            subject_set_relation) WHERE subject_id IS NULL;

-- migrate:down
-- empty down in the source history
