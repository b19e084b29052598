-- revision: v00014
-- down_revision: v00013
-- message: bitmagnet-io/bitmagnet content_types

-- migrate:up
-- +goose StatementBegin

update torrent_contents set content_type = 'ebook' where content_type = 'book';
update torrent_hints set content_type = 'ebook' where content_type = 'book';

-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin

update torrent_contents set content_type = 'book' where content_type = 'ebook';
update torrent_hints set content_type = 'book' where content_type = 'ebook';

-- +goose StatementEnd
