-- revision: v036
-- down_revision: v035
-- message: miniflux/v2 migration_36

-- migrate:up
CREATE INDEX entries_feed_id_status_hash_idx ON entries USING btree (feed_id, status, hash);

-- migrate:down irreversible
