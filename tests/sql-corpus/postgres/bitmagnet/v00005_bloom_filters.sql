-- revision: v00005
-- down_revision: v00004
-- message: bitmagnet-io/bitmagnet bloom_filters

-- migrate:up
-- +goose StatementBegin

create table bloom_filters
(
  key           text                  primary key,
  bytes         bytea                    not null,
  created_at    timestamp with time zone not null,
  updated_at    timestamp with time zone not null
);

-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin

drop table if exists bloom_filters;

-- +goose StatementEnd
