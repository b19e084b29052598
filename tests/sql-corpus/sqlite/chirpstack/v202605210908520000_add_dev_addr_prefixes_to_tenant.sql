-- revision: v202605210908520000
-- down_revision: v202602181102510000
-- message: chirpstack/chirpstack add_dev_addr_prefixes_to_tenant

-- migrate:up
alter table tenant
  add column dev_addr_prefixes text not null default '[]';

-- migrate:down
alter table tenant
  drop column dev_addr_prefixes;
