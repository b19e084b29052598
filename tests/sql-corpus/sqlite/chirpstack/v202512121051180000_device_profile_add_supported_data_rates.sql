-- revision: v202512121051180000
-- down_revision: v202512081354280000
-- message: chirpstack/chirpstack device_profile_add_supported_data_rates

-- migrate:up
alter table device_profile
  add column supported_uplink_data_rates text not null default '[]';


-- migrate:down
alter table device_profile
  drop column supported_uplink_data_rates;

