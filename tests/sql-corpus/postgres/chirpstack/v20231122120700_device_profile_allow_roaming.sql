-- revision: v20231122120700
-- down_revision: v20231019142614
-- message: chirpstack/chirpstack device_profile_allow_roaming

-- migrate:up
alter table device_profile
    add column allow_roaming boolean not null default true;

alter table device_profile
    alter column allow_roaming drop default;

-- migrate:down
alter table device_profile
    drop column allow_roaming;
