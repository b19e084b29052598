-- revision: v20230224093446
-- down_revision: v20230222154915
-- message: Unleash/unleash drop_createdBy_from_notifications_table

-- migrate:up
ALTER TABLE notifications
                DROP COLUMN IF EXISTS created_by;

-- migrate:down irreversible
