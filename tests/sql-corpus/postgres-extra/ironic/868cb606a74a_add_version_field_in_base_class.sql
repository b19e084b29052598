-- revision: 868cb606a74a
-- down_revision: 3d86a077a3f2
-- message: openstack/ironic add_version_field_in_base_class

-- migrate:up
-- alembic: upgrade 3d86a077a3f2 -> 868cb606a74a

ALTER TABLE chassis ADD COLUMN version VARCHAR(15);

ALTER TABLE conductors ADD COLUMN version VARCHAR(15);

ALTER TABLE node_tags ADD COLUMN version VARCHAR(15);

ALTER TABLE nodes ADD COLUMN version VARCHAR(15);

ALTER TABLE portgroups ADD COLUMN version VARCHAR(15);

ALTER TABLE ports ADD COLUMN version VARCHAR(15);

ALTER TABLE volume_connectors ADD COLUMN version VARCHAR(15);

ALTER TABLE volume_targets ADD COLUMN version VARCHAR(15);

ALTER TABLE conductor_hardware_interfaces ADD COLUMN version VARCHAR(15);

-- migrate:down irreversible
