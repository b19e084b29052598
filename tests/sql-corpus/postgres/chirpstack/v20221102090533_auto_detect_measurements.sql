-- revision: v20221102090533
-- down_revision: v20220614130020
-- message: chirpstack/chirpstack auto_detect_measurements

-- migrate:up
alter table device_profile
    add column auto_detect_measurements boolean not null default true;

alter table device_profile_template
    add column auto_detect_measurements boolean not null default true;

alter table device_profile
    alter column auto_detect_measurements drop default;

alter table device_profile_template
    alter column auto_detect_measurements drop default;

-- migrate:down
alter table device_profile
    drop column auto_detect_measurements;

alter table device_profile_template
    drop column auto_detect_measurements;
