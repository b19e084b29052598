-- revision: v20240829135458
-- down_revision: v20240817152408
-- message: rust-lang/crates.io add_publish_notifications_column

-- migrate:up
alter table users
    add column publish_notifications boolean not null default true;

comment on column users.publish_notifications is 'Whether or not the user wants to receive notifications when a package they own is published';

-- migrate:down
ALTER TABLE users DROP publish_notifications;
