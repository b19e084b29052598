-- revision: v20220513200600000001
-- down_revision: v20220513200600000000
-- message: ory/keto drop_old_non_uuid_table

-- migrate:up
ALTER TABLE keto_relation_tuples_uuid RENAME TO keto_relation_tuples;

-- migrate:down
ALTER TABLE keto_relation_tuples RENAME TO keto_relation_tuples_uuid;
