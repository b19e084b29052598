-- revision: 789acc877671
-- down_revision: 2fb93ffd2af1
-- message: openstack/ironic add_node_raid_config_and_node_target_raid_config

-- migrate:up
-- alembic: upgrade 2fb93ffd2af1 -> 789acc877671

ALTER TABLE nodes ADD COLUMN raid_config TEXT;

ALTER TABLE nodes ADD COLUMN target_raid_config TEXT;

-- migrate:down irreversible
