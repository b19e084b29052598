-- revision: v202602181001240000
-- down_revision: v202512101058490000
-- message: chirpstack/chirpstack add_api_key_read_only

-- migrate:up
alter table api_key
  add column is_read_only boolean not null default false;

alter table api_key
  alter column is_read_only drop default;


-- migrate:down
alter table api_key
  drop column is_read_only;

