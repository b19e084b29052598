-- revision: v001
-- down_revision: none
-- message: rust-lang/triagebot migration_1

-- migrate:up
CREATE TABLE notifications (
    notification_id BIGSERIAL PRIMARY KEY,
    user_id BIGINT,
    origin_url TEXT NOT NULL,
    origin_html TEXT,
    time TIMESTAMP WITH TIME ZONE
);

-- migrate:down irreversible
