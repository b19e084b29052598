-- revision: v20230814095253
-- down_revision: v20230808104232
-- message: Unleash/unleash change_request_rejections

-- migrate:up
CREATE TABLE IF NOT EXISTS change_request_rejections (
               id SERIAL PRIMARY KEY,
               change_request_id INTEGER NOT NULL REFERENCES change_requests(id) ON DELETE CASCADE,
               created_by INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
               created_at TIMESTAMP DEFAULT now(),
               UNIQUE (change_request_id, created_by)
            );

-- migrate:down irreversible
