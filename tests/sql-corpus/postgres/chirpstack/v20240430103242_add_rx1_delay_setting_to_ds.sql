-- revision: v20240430103242
-- down_revision: v20240326134652
-- message: chirpstack/chirpstack add_rx1_delay_setting_to_ds

-- migrate:up
alter table device_profile
  add column rx1_delay smallint not null default 0;

alter table device_profile
  alter column rx1_delay drop default;

-- migrate:down
alter table device_profile
  drop column rx1_delay;
