-- revision: b9117ac17882
-- down_revision: fb3f10dd262e
-- message: openstack/ironic add_deploy_step_to_node

-- migrate:up
-- alembic: upgrade fb3f10dd262e -> b9117ac17882

ALTER TABLE nodes ADD COLUMN deploy_step TEXT;

-- migrate:down irreversible
