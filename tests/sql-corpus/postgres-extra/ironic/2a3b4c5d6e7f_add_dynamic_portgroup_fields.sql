-- revision: 2a3b4c5d6e7f
-- down_revision: c1fd28861bb9
-- message: openstack/ironic add_dynamic_portgroup_fields

-- migrate:up
-- alembic: upgrade c1fd28861bb9 -> 2a3b4c5d6e7f

ALTER TABLE ports ADD COLUMN available_for_dynamic_portgroup BOOLEAN DEFAULT true NOT NULL;

ALTER TABLE portgroups ADD COLUMN dynamic_portgroup BOOLEAN;

-- migrate:down irreversible
