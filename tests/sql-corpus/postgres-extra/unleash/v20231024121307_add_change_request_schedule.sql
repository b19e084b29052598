-- revision: v20231024121307
-- down_revision: v20231019110154
-- message: Unleash/unleash add_change_request_schedule

-- migrate:up
CREATE TABLE IF NOT EXISTS change_request_schedule (
             change_request INTEGER PRIMARY KEY REFERENCES change_requests(id) ON DELETE CASCADE,
             scheduled_at TIMESTAMP NOT NULL
            );

-- migrate:down irreversible
