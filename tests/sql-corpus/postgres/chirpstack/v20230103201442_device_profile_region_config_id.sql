-- revision: v20230103201442
-- down_revision: v20221102090533
-- message: chirpstack/chirpstack device_profile_region_config_id

-- migrate:up
alter table device_profile
    add column region_config_id varchar(100) null;

-- migrate:down
alter table device_profile
    drop column region_config_id;
