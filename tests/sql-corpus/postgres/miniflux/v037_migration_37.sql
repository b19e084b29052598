-- revision: v037
-- down_revision: v036
-- message: miniflux/v2 migration_37

-- migrate:up
CREATE INDEX entries_user_id_status_starred_idx ON entries (user_id, status, starred);

-- migrate:down irreversible
