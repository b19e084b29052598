-- revision: 3bea56f25597
-- down_revision: 31baaf680d2b
-- message: openstack/ironic add_unique_constraint_to_instance_uuid

-- migrate:up
-- alembic: upgrade 31baaf680d2b -> 3bea56f25597

ALTER TABLE nodes ADD CONSTRAINT uniq_nodes0instance_uuid UNIQUE (instance_uuid);

DROP INDEX node_instance_uuid;

-- migrate:down irreversible
