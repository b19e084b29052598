-- revision: v20220428071028
-- down_revision: v20220426153628
-- message: chirpstack/chirpstack device_profile_flush_queue_on_activate

-- migrate:up
alter table device_profile
    add column flush_queue_on_activate boolean not null default false;

alter table device_profile
    alter column flush_queue_on_activate drop default;

-- migrate:down
alter table device_profile
    drop column flush_queue_on_activate;
