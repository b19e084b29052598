-- revision: 60cf717201bc
-- down_revision: c14cef6dfedf
-- message: openstack/ironic add_standalone_ports_supported_to_portgroup

-- migrate:up
-- alembic: upgrade c14cef6dfedf -> 60cf717201bc

ALTER TABLE portgroups ADD COLUMN standalone_ports_supported BOOLEAN;

-- migrate:down irreversible
