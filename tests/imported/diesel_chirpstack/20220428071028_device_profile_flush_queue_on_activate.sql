-- revision: 20220428071028
-- down_revision: 20220426153628
-- message: device profile flush queue on activate
-- imported from diesel 2022-04-28-071028_device_profile_flush_queue_on_activate/up.sql

-- migrate:up
alter table device_profile
    add column flush_queue_on_activate boolean not null default false;

alter table device_profile
    alter column flush_queue_on_activate drop default;
-- migrate:down
alter table device_profile
    drop column flush_queue_on_activate;
