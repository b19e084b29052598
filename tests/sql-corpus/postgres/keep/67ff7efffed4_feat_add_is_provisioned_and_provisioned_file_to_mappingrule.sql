-- revision: 67ff7efffed4
-- down_revision: 9dd1be4539e0
-- message: keephq/keep feat_add_is_provisioned_and_provisioned_file_to_mappingrule

-- migrate:up
-- alembic: upgrade 9dd1be4539e0 -> 67ff7efffed4

ALTER TABLE mappingrule ADD COLUMN is_provisioned BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE mappingrule ADD COLUMN provisioned_file VARCHAR;

-- migrate:down
-- alembic: downgrade 67ff7efffed4 -> 9dd1be4539e0

ALTER TABLE mappingrule DROP COLUMN provisioned_file;

ALTER TABLE mappingrule DROP COLUMN is_provisioned;
