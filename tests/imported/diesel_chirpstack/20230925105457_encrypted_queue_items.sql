-- revision: 20230925105457
-- down_revision: 20230216091535
-- message: encrypted queue items
-- imported from diesel 2023-09-25-105457_encrypted_queue_items/up.sql

-- migrate:up
alter table device_queue_item
    add column is_encrypted boolean default false not null;

alter table device_queue_item
    alter column is_encrypted drop default;
-- migrate:down
alter table device_queue_item
    drop column is_encrypted;
