-- revision: v20220614130020
-- down_revision: v20220511084032
-- message: chirpstack/chirpstack device_profile_measurements

-- migrate:up
alter table device_profile
    add column measurements jsonb not null default '{}';

alter table device_profile_template
    add column measurements jsonb not null default '{}';

alter table device_profile
    alter column measurements drop default;

alter table device_profile_template
    alter column measurements drop default;

-- migrate:down
alter table device_profile
    drop column measurements;

alter table device_profile_template
    drop column measurements;
