-- revision: 487deb87cc9d
-- down_revision: 3bea56f25597
-- message: openstack/ironic add_conductor_affinity_and_online

-- migrate:up
-- alembic: upgrade 3bea56f25597 -> 487deb87cc9d

ALTER TABLE conductors ADD COLUMN online BOOLEAN;

ALTER TABLE nodes ADD COLUMN conductor_affinity INTEGER;

ALTER TABLE nodes ADD CONSTRAINT nodes_conductor_affinity_fk FOREIGN KEY(conductor_affinity) REFERENCES conductors (id);

-- migrate:down irreversible
