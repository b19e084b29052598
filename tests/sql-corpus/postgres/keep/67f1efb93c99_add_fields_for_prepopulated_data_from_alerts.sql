-- revision: 67f1efb93c99
-- down_revision: 9ba0aeecd4d0
-- message: keephq/keep add_fields_for_prepopulated_data_from_alerts

-- migrate:up
-- alembic: upgrade 9ba0aeecd4d0 -> 67f1efb93c99

ALTER TABLE incident ADD COLUMN affected_services JSON;

ALTER TABLE incident ADD COLUMN sources JSON;

ALTER TABLE incident ADD COLUMN alerts_count INTEGER DEFAULT '0' NOT NULL;

-- migrate:down
-- alembic: downgrade 67f1efb93c99 -> 9ba0aeecd4d0

ALTER TABLE incident DROP COLUMN alerts_count;

ALTER TABLE incident DROP COLUMN sources;

ALTER TABLE incident DROP COLUMN affected_services;
