-- revision: v034
-- down_revision: v033
-- message: miniflux/v2 migration_34

-- migrate:up
CREATE INDEX entries_id_user_status_idx ON entries USING btree (id, user_id, status);

-- migrate:down irreversible
