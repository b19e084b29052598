-- revision: 202605201051510000
-- down_revision: 202602181001240000
-- message: add dev addr prefixes to tenant
-- imported from diesel 2026-05-20-105151-0000_add_dev_addr_prefixes_to_tenant/up.sql

-- migrate:up
alter table tenant
  add column dev_addr_prefixes text[] not null default '{}';

alter table tenant
  alter column dev_addr_prefixes drop default;

-- migrate:down
alter table tenant
  drop column dev_addr_prefixes;
