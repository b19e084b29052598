-- revision: 202602181001240000
-- down_revision: 202512101058490000
-- message: add api key read only
-- imported from diesel 2026-02-18-100124-0000_add_api_key_read_only/up.sql

-- migrate:up
alter table api_key
  add column is_read_only boolean not null default false;

alter table api_key
  alter column is_read_only drop default;

-- migrate:down
alter table api_key
  drop column is_read_only;

