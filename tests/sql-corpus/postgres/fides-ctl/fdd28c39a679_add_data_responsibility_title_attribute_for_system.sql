-- revision: fdd28c39a679
-- down_revision: 7a94527643a1
-- message: ethyca/fides add_data_responsibility_title_attribute_for_system

-- migrate:up
-- alembic: upgrade 7a94527643a1 -> fdd28c39a679

ALTER TABLE systems ADD COLUMN data_responsibility_title VARCHAR;

-- migrate:down
-- alembic: downgrade fdd28c39a679 -> 7a94527643a1

ALTER TABLE systems DROP COLUMN data_responsibility_title;
