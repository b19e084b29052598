-- revision: v20230228091200000000
-- down_revision: v20220513200600000001
-- message: ory/keto add_on_delete_cascade_to_relationship

-- migrate:up
ALTER TABLE
  keto_relation_tuples DROP CONSTRAINT keto_relation_tuples_uuid_nid_fk,
ADD
  CONSTRAINT keto_relation_tuples_nid_fk FOREIGN KEY (nid) REFERENCES networks (id) ON UPDATE RESTRICT ON DELETE CASCADE;

-- migrate:down
ALTER TABLE
  keto_relation_tuples DROP CONSTRAINT keto_relation_tuples_nid_fk;

ALTER TABLE
  keto_relation_tuples
ADD
  CONSTRAINT keto_relation_tuples_uuid_nid_fk FOREIGN KEY (nid) REFERENCES networks (id);
