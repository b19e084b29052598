-- revision: v063
-- down_revision: v062
-- message: miniflux/v2 migration_63

-- migrate:up
ALTER TABLE users ADD COLUMN double_tap boolean default 't';

-- migrate:down irreversible
