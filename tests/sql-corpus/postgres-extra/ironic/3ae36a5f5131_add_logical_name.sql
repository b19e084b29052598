-- revision: 3ae36a5f5131
-- down_revision: bb59b63f55a
-- message: openstack/ironic add_logical_name

-- migrate:up
-- alembic: upgrade bb59b63f55a -> 3ae36a5f5131

ALTER TABLE nodes ADD COLUMN name VARCHAR(63);

ALTER TABLE nodes ADD CONSTRAINT uniq_nodes0name UNIQUE (name);

-- migrate:down irreversible
