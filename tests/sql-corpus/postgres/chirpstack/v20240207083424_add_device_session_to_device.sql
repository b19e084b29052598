-- revision: v20240207083424
-- down_revision: v20231122120700
-- message: chirpstack/chirpstack add_device_session_to_device

-- migrate:up
alter table device
    add column secondary_dev_addr bytea,
    add column device_session bytea;

create index idx_device_dev_addr on device (dev_addr);
create index idx_device_secondary_dev_addr on device (secondary_dev_addr);

-- migrate:down
drop index idx_device_dev_addr;
drop index idx_device_secondary_dev_addr;

alter table device
    drop column secondary_dev_addr,
    drop column device_session;
