-- revision: v035
-- down_revision: v034
-- message: miniflux/v2 migration_35

-- migrate:up
ALTER TABLE feeds ADD COLUMN fetch_via_proxy bool default false;

-- migrate:down irreversible
