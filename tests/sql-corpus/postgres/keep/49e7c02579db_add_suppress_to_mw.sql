-- revision: 49e7c02579db
-- down_revision: 70671c95028e
-- message: keephq/keep add_suppress_to_mw

-- migrate:up
-- alembic: upgrade 70671c95028e -> 49e7c02579db

ALTER TABLE maintenancewindowrule ADD COLUMN suppress BOOLEAN NOT NULL;

-- migrate:down
-- alembic: downgrade 49e7c02579db -> 70671c95028e

ALTER TABLE maintenancewindowrule DROP COLUMN suppress;
