-- revision: 732105cd54e3
-- down_revision: e576b6a80a49
-- message: ethyca/fides update_dataset_field_name

-- migrate:up
-- alembic: upgrade e576b6a80a49 -> 732105cd54e3

ALTER TABLE datasets ADD COLUMN data_qualifiers VARCHAR[];

ALTER TABLE datasets DROP COLUMN data_qualifier;

-- migrate:down
-- alembic: downgrade 732105cd54e3 -> e576b6a80a49

ALTER TABLE datasets ADD COLUMN data_qualifier VARCHAR[];

ALTER TABLE datasets DROP COLUMN data_qualifiers;
