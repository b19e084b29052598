-- revision: v20260406161629
-- down_revision: v20260406132537
-- message: Unleash/unleash user_access_requests_unique_email

-- migrate:up
ALTER TABLE user_access_requests
        ADD CONSTRAINT user_access_requests_email_key UNIQUE (email);

-- migrate:down irreversible
