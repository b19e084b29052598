-- revision: ce6c4b3cf5a2
-- down_revision: 1e15e7122cc9
-- message: openstack/ironic add_allocation_owner

-- migrate:up
-- alembic: upgrade 1e15e7122cc9 -> ce6c4b3cf5a2

ALTER TABLE allocations ADD COLUMN owner VARCHAR(255);

-- migrate:down irreversible
