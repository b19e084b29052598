-- revision: 202606150939590000
-- down_revision: 202605201051510000
-- message: add gateway downlink priority
-- imported from diesel 2026-06-15-093959-0000_add_gateway_downlink_priority/up.sql

-- migrate:up
alter table gateway
  add column downlink_priority smallint not null default 10;

alter table gateway
  alter column downlink_priority drop default;
-- migrate:down
alter table gateway
  drop column downlink_priority;
