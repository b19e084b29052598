-- revision: v20231030091931
-- down_revision: v20231025093422
-- message: Unleash/unleash add_created_by_and_status_change_request_schedule

-- migrate:up
CREATE TYPE change_request_schedule_status AS ENUM ('pending', 'failed');

        ALTER TABLE change_request_schedule
            ADD COLUMN IF NOT EXISTS created_by integer REFERENCES users(id);

        ALTER TABLE change_request_schedule
            ADD COLUMN IF NOT EXISTS status change_request_schedule_status default 'pending';

-- migrate:down irreversible
