-- revision: c0455649680c
-- down_revision: cf1a80fdb352
-- message: openstack/ironic port_name

-- migrate:up
-- alembic: upgrade cf1a80fdb352 -> c0455649680c

ALTER TABLE ports ADD COLUMN name VARCHAR(255);

ALTER TABLE ports ADD CONSTRAINT uniq_ports0name UNIQUE (name);

-- migrate:down irreversible
