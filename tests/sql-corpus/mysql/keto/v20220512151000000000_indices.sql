-- revision: v20220512151000000000
-- down_revision: v20220217152313000000
-- message: ory/keto indices

-- migrate:up
CREATE INDEX keto_relation_tuples_reverse_subject_idx ON keto_relation_tuples (nid,
                                                                               subject_id,
                                                                               subject_set_namespace_id,
                                                                               subject_set_object,
                                                                               subject_set_relation,
                                                                               relation,
                                                                               namespace_id
    );

-- migrate:down
DROP INDEX keto_relation_tuples_reverse_subject_idx ON keto_relation_tuples;
