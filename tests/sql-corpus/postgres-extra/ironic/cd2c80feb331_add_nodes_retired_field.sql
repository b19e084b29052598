-- revision: cd2c80feb331
-- down_revision: ce6c4b3cf5a2
-- message: openstack/ironic add_nodes_retired_field

-- migrate:up
-- alembic: upgrade ce6c4b3cf5a2 -> cd2c80feb331

ALTER TABLE nodes ADD COLUMN retired BOOLEAN DEFAULT false;

ALTER TABLE nodes ADD COLUMN retired_reason TEXT;

-- migrate:down irreversible
