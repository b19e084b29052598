-- revision: be432bd23596
-- down_revision: a2b9b156ebaf
-- message: ethyca/fides add_fidesctl_meta_field_to_dataset

-- migrate:up
-- alembic: upgrade a2b9b156ebaf -> be432bd23596

ALTER TABLE datasets ADD COLUMN fidesctl_meta JSON;

-- migrate:down
-- alembic: downgrade be432bd23596 -> a2b9b156ebaf

ALTER TABLE datasets DROP COLUMN fidesctl_meta;
