-- revision: 93706939026c
-- down_revision: d2b036ae9378
-- message: openstack/ironic add_node_protected_field

-- migrate:up
-- alembic: upgrade d2b036ae9378 -> 93706939026c

ALTER TABLE nodes ADD COLUMN protected BOOLEAN DEFAULT false NOT NULL;

ALTER TABLE nodes ADD COLUMN protected_reason TEXT;

-- migrate:down irreversible
