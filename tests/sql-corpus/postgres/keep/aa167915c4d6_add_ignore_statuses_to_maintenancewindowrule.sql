-- revision: aa167915c4d6
-- down_revision: bedb5f07417b
-- message: keephq/keep add_ignore_statuses_to_maintenancewindowrule

-- migrate:up
-- alembic: upgrade bedb5f07417b -> aa167915c4d6

ALTER TABLE maintenancewindowrule ADD COLUMN ignore_statuses JSON;

-- migrate:down
-- alembic: downgrade aa167915c4d6 -> bedb5f07417b

ALTER TABLE maintenancewindowrule DROP COLUMN ignore_statuses;
