-- revision: 4f8c4b185d5b
-- down_revision: 0c5e002094a9
-- message: keephq/keep add_is_provisioned_column_for_deduplicationrule_table

-- migrate:up
-- alembic: upgrade 0c5e002094a9 -> 4f8c4b185d5b

ALTER TABLE alertdeduplicationrule ADD COLUMN is_provisioned BOOLEAN DEFAULT false NOT NULL;

UPDATE alertdeduplicationrule SET is_provisioned = false;

ALTER TABLE alertdeduplicationrule ALTER COLUMN is_provisioned DROP DEFAULT;

-- migrate:down
-- alembic: downgrade 4f8c4b185d5b -> 0c5e002094a9

ALTER TABLE alertdeduplicationrule DROP COLUMN is_provisioned;
