-- revision: 20231122120700
-- down_revision: 20231019142614
-- message: device profile allow roaming
-- imported from diesel 2023-11-22-120700_device_profile_allow_roaming/up.sql

-- migrate:up
alter table device_profile
    add column allow_roaming boolean not null default true;

alter table device_profile
    alter column allow_roaming drop default;
-- migrate:down
alter table device_profile
    drop column allow_roaming;
