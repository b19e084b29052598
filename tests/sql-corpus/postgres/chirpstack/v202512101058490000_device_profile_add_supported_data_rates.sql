-- revision: v202512101058490000
-- down_revision: v202511111404590000
-- message: chirpstack/chirpstack device_profile_add_supported_data_rates

-- migrate:up
alter table device_profile
    add column supported_uplink_data_rates smallint[] not null default '{}';

alter table device_profile
    alter column supported_uplink_data_rates drop default;

-- migrate:down
alter table device_profile
    drop column supported_uplink_data_rates;

