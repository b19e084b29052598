-- revision: 327cd266f7b3
-- down_revision: 26934c96ec80
-- message: ethyca/fides update_dataset_depth

-- migrate:up
-- alembic: upgrade 26934c96ec80 -> 327cd266f7b3

ALTER TABLE datasets ADD COLUMN collections JSON;

ALTER TABLE datasets DROP COLUMN location;

ALTER TABLE datasets DROP COLUMN fields;

ALTER TABLE datasets DROP COLUMN dataset_type;

-- migrate:down
-- alembic: downgrade 327cd266f7b3 -> 26934c96ec80

ALTER TABLE datasets ADD COLUMN dataset_type VARCHAR;

ALTER TABLE datasets ADD COLUMN fields JSON;

ALTER TABLE datasets ADD COLUMN location VARCHAR;

ALTER TABLE datasets DROP COLUMN collections;
