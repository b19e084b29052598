-- revision: 664f85c2f622
-- down_revision: b9117ac17882
-- message: openstack/ironic add_conductor_group_to_nodes_conductors

-- migrate:up
-- alembic: upgrade b9117ac17882 -> 664f85c2f622

ALTER TABLE conductors ADD COLUMN conductor_group VARCHAR(255) DEFAULT '' NOT NULL;

ALTER TABLE nodes ADD COLUMN conductor_group VARCHAR(255) DEFAULT '' NOT NULL;

-- migrate:down irreversible
