-- revision: v202606150939590000
-- down_revision: v202605201051510000
-- message: chirpstack/chirpstack add_gateway_downlink_priority

-- migrate:up
alter table gateway
  add column downlink_priority smallint not null default 10;

alter table gateway
  alter column downlink_priority drop default;

-- migrate:down
alter table gateway
  drop column downlink_priority;
