-- revision: v20230925105457
-- down_revision: v20230216091535
-- message: chirpstack/chirpstack encrypted_queue_items

-- migrate:up
alter table device_queue_item
    add column is_encrypted boolean default false not null;

alter table device_queue_item
    alter column is_encrypted drop default;

-- migrate:down
alter table device_queue_item
    drop column is_encrypted;
