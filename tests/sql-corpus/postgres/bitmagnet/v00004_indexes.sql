-- revision: v00004
-- down_revision: v00003
-- message: bitmagnet-io/bitmagnet indexes

-- migrate:up
-- +goose StatementBegin

create index if not exists torrent_contents_updated_at_idx on torrent_contents (updated_at);
create index if not exists torrent_contents_content_type_updated_at_idx on torrent_contents (content_type, updated_at);
create index if not exists torrents_torrent_sources_updated_at_idx on torrents_torrent_sources (updated_at);

-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin

drop index if exists torrent_contents_updated_at_idx;
drop index if exists torrent_contents_content_type_updated_at_idx;
drop index if exists torrents_torrent_sources_updated_at_idx;

-- +goose StatementEnd
