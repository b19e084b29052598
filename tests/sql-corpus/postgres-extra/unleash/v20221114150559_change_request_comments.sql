-- revision: v20221114150559
-- down_revision: v20221110144113
-- message: Unleash/unleash change_request_comments

-- migrate:up
CREATE TABLE IF NOT EXISTS change_request_comments (
             id SERIAL PRIMARY KEY,
             change_request INTEGER NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
             text TEXT NOT NULL,
             created_at TIMESTAMP default now(),
             created_by INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE
            );

-- migrate:down irreversible
