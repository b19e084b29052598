-- revision: 20230103201442
-- down_revision: 20221102090533
-- message: device profile region config id
-- imported from diesel 2023-01-03-201442_device_profile_region_config_id/up.sql

-- migrate:up
alter table device_profile
    add column region_config_id varchar(100) null;
-- migrate:down
alter table device_profile
    drop column region_config_id;
