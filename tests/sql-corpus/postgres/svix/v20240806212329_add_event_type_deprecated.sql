-- revision: v20240806212329
-- down_revision: v20231010170520
-- message: svix/svix-webhooks add_event_type_deprecated

-- migrate:up
ALTER TABLE eventtype ADD COLUMN deprecated BOOLEAN DEFAULT FALSE NOT NULL;

-- migrate:down
ALTER TABLE eventtype DROP COLUMN deprecated;
