-- revision: 20240430103242
-- down_revision: 20240326134652
-- message: add rx1 delay setting to ds
-- imported from diesel 2024-04-30-103242_add_rx1_delay_setting_to_ds/up.sql

-- migrate:up
alter table device_profile
  add column rx1_delay smallint not null default 0;

alter table device_profile
  alter column rx1_delay drop default;
-- migrate:down
alter table device_profile
  drop column rx1_delay;
