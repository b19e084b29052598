-- revision: 20240916123034
-- down_revision: 20240613122655
-- message: add queue expires at
-- imported from diesel 2024-09-16-123034_add_queue_expires_at/up.sql

-- migrate:up
alter table multicast_group_queue_item
  add column expires_at timestamp with time zone null;

alter table device_queue_item
  add column expires_at timestamp with time zone null;

-- migrate:down
alter table device_queue_item
  drop column expires_at;

alter table multicast_group_queue_item
  drop column expires_at;

