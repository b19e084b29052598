-- revision: v20191115182353
-- down_revision: v20191111162609
-- message: rust-lang/crates.io Add_email_notifications_to_crate_owners

-- migrate:up
ALTER TABLE crate_owners ADD COLUMN email_notifications BOOLEAN NOT NULL DEFAULT TRUE;

-- migrate:down
ALTER TABLE crate_owners DROP COLUMN email_notifications;
