-- revision: v202605201051510000
-- down_revision: v202602181001240000
-- message: chirpstack/chirpstack add_dev_addr_prefixes_to_tenant

-- migrate:up
alter table tenant
  add column dev_addr_prefixes text[] not null default '{}';

alter table tenant
  alter column dev_addr_prefixes drop default;


-- migrate:down
alter table tenant
  drop column dev_addr_prefixes;
