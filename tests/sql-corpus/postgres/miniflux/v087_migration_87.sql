-- revision: v087
-- down_revision: v086
-- message: miniflux/v2 migration_87

-- migrate:up
ALTER TABLE feeds ADD COLUMN disable_http2 bool default 'f';

-- migrate:down irreversible
