-- revision: v20170923191545
-- down_revision: v20170923182408
-- message: rust-lang/crates.io add_users_to_emails_foreign_key

-- migrate:up
ALTER TABLE emails ADD CONSTRAINT fk_emails_user_id FOREIGN KEY (user_id) REFERENCES users (id);

-- migrate:down
ALTER TABLE emails DROP CONSTRAINT fk_emails_user_id;
