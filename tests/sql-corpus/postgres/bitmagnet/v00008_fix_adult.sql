-- revision: v00008
-- down_revision: v00007
-- message: bitmagnet-io/bitmagnet fix_adult

-- migrate:up
-- +goose StatementBegin

-- Fix for pre-0.1.0 users:
delete from content where type='movie' and adult;

-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin

-- +goose StatementEnd
