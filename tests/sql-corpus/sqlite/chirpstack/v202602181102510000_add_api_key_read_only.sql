-- revision: v202602181102510000
-- down_revision: v202512121051180000
-- message: chirpstack/chirpstack add_api_key_read_only

-- migrate:up
alter table api_key
  add column is_read_only boolean not null default false;


-- migrate:down
alter table api_key
  drop column is_read_only;

