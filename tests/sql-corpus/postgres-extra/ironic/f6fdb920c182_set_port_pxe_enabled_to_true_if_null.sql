-- revision: f6fdb920c182
-- down_revision: 5ea1b0d310e
-- message: openstack/ironic set_port_pxe_enabled_to_true_if_null

-- migrate:up
-- alembic: upgrade 5ea1b0d310e -> f6fdb920c182

UPDATE ports SET pxe_enabled=true WHERE ports.pxe_enabled IS NULL;

-- migrate:down irreversible
