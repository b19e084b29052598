-- revision: 20221102090533
-- down_revision: 20220614130020
-- message: auto detect measurements
-- imported from diesel 2022-11-02-090533_auto_detect_measurements/up.sql

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
