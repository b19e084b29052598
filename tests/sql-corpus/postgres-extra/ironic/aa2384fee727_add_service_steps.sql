-- revision: aa2384fee727
-- down_revision: d163df1bab88
-- message: openstack/ironic add_service_steps

-- migrate:up
-- alembic: upgrade d163df1bab88 -> aa2384fee727

ALTER TABLE nodes ADD COLUMN service_step TEXT;

-- migrate:down irreversible
