-- revision: 45c7a349db68
-- down_revision: 732105cd54e3
-- message: ethyca/fides remove_qualifier_lists_from_data_set_models

-- migrate:up
-- alembic: upgrade 732105cd54e3 -> 45c7a349db68

ALTER TABLE datasets ADD COLUMN data_qualifier VARCHAR;

ALTER TABLE datasets DROP COLUMN data_qualifiers;

-- migrate:down
-- alembic: downgrade 45c7a349db68 -> 732105cd54e3

ALTER TABLE datasets ADD COLUMN data_qualifiers VARCHAR[];

ALTER TABLE datasets DROP COLUMN data_qualifier;
