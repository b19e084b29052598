-- revision: v202606150940020000
-- down_revision: v202605210908520000
-- message: chirpstack/chirpstack add_gateway_priority

-- migrate:up
alter table gateway
  add column downlink_priority smallint not null default 10;

-- migrate:down
alter table gateway
  drop column downlink_priority;
