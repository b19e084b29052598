-- revision: v112
-- down_revision: v111
-- message: miniflux/v2 migration_112

-- migrate:up
ALTER TABLE users ADD COLUMN open_external_links_in_new_tab bool default 't';

-- migrate:down irreversible
