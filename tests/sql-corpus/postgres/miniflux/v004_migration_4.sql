-- revision: v004
-- down_revision: v003
-- message: miniflux/v2 migration_4

-- migrate:up
CREATE TYPE entry_sorting_direction AS enum('asc', 'desc');
ALTER TABLE users ADD COLUMN entry_direction entry_sorting_direction default 'asc';

-- migrate:down irreversible
