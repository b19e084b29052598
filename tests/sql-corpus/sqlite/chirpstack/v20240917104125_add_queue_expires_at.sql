-- revision: v20240917104125
-- down_revision: v00000000000000
-- message: chirpstack/chirpstack add_queue_expires_at

-- migrate:up
alter table multicast_group_queue_item
  add column expires_at datetime null;

alter table device_queue_item
  add column expires_at datetime null;

-- migrate:down
alter table device_queue_item
  drop column expires_at;

alter table multicast_group_queue_item
  drop column expires_at;

