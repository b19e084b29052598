-- revision: v00016
-- down_revision: v00015
-- message: bitmagnet-io/bitmagnet files

-- migrate:up
-- +goose StatementBegin

alter table torrents add column files_count integer;

-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin

alter table torrents drop column files_count;

-- +goose StatementEnd
