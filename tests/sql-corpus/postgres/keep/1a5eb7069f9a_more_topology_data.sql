-- revision: 1a5eb7069f9a
-- down_revision: 49e7c02579db
-- message: keephq/keep more_topology_data

-- migrate:up
-- alembic: upgrade 49e7c02579db -> 1a5eb7069f9a

ALTER TABLE topologyservice ADD COLUMN ip_address VARCHAR;

ALTER TABLE topologyservice ADD COLUMN mac_address VARCHAR;

ALTER TABLE topologyservice ADD COLUMN category VARCHAR;

ALTER TABLE topologyservice ADD COLUMN manufacturer VARCHAR;

-- migrate:down
-- alembic: downgrade 1a5eb7069f9a -> 49e7c02579db

ALTER TABLE topologyservice DROP COLUMN manufacturer;

ALTER TABLE topologyservice DROP COLUMN category;

ALTER TABLE topologyservice DROP COLUMN mac_address;

ALTER TABLE topologyservice DROP COLUMN ip_address;
