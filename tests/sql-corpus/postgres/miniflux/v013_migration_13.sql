-- revision: v013
-- down_revision: v012
-- message: miniflux/v2 migration_13

-- migrate:up
CREATE INDEX entries_user_status_idx ON entries(user_id, status);
CREATE INDEX feeds_user_category_idx ON feeds(user_id, category_id);

-- migrate:down irreversible
