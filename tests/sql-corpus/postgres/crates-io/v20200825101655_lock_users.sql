-- revision: v20200825101655
-- down_revision: v20200714113112
-- message: rust-lang/crates.io lock_users

-- migrate:up
ALTER TABLE users
    ADD COLUMN account_lock_reason VARCHAR DEFAULT NULL,
    ADD COLUMN account_lock_until TIMESTAMP DEFAULT NULL;

-- migrate:down
ALTER TABLE users
    DROP COLUMN account_lock_reason,
    DROP COLUMN account_lock_until;
