-- revision: v00009
-- down_revision: v00008
-- message: bitmagnet-io/bitmagnet key_values

-- migrate:up
-- +goose StatementBegin

create table key_values
(
  key        text primary key,
  value      text                     not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null
);

-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin

drop table key_values;

-- +goose StatementEnd
