-- revision: v002
-- down_revision: v001
-- message: rust-lang/triagebot migration_2

-- migrate:up
CREATE TABLE users (
    user_id BIGINT PRIMARY KEY,
    username TEXT NOT NULL
);

-- migrate:down irreversible
