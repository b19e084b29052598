-- revision: 202512101058490000
-- down_revision: 202511111404590000
-- message: device profile add supported data rates
-- imported from diesel 2025-12-10-105849-0000_device_profile_add_supported_data_rates/up.sql

-- migrate:up
alter table device_profile
    add column supported_uplink_data_rates smallint[] not null default '{}';

alter table device_profile
    alter column supported_uplink_data_rates drop default;
-- migrate:down
alter table device_profile
    drop column supported_uplink_data_rates;

