-- revision: e576b6a80a49
-- down_revision: 327cd266f7b3
-- message: ethyca/fides add_parent_key_to_dataqualifier

-- migrate:up
-- alembic: upgrade 327cd266f7b3 -> e576b6a80a49

ALTER TABLE data_qualifiers ADD COLUMN parent_key TEXT;

-- migrate:down
-- alembic: downgrade e576b6a80a49 -> 327cd266f7b3

ALTER TABLE data_qualifiers DROP COLUMN parent_key;
