-- revision: v20221129215059
-- down_revision: v20221104170041
-- message: svix/svix-webhooks correct_collation

-- migrate:up
ALTER TABLE eventtype ALTER name TYPE VARCHAR COLLATE "C";
ALTER TABLE message ALTER event_type TYPE VARCHAR COLLATE "C";
ALTER TABLE message ALTER uid TYPE VARCHAR COLLATE "C";

-- migrate:down
ALTER TABLE eventtype ALTER name TYPE VARCHAR;
ALTER TABLE message ALTER event_type TYPE VARCHAR;
ALTER TABLE message ALTER uid TYPE VARCHAR;
