-- revision: v20240916123034
-- down_revision: v20240613122655
-- message: chirpstack/chirpstack add_queue_expires_at

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

