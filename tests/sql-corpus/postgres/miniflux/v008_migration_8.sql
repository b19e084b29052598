-- revision: v008
-- down_revision: v007
-- message: miniflux/v2 migration_8

-- migrate:up
ALTER TABLE feeds ADD COLUMN crawler boolean default 'f';

-- migrate:down irreversible
