-- revision: v131
-- down_revision: v130
-- message: miniflux/v2 migration_131

-- migrate:up
DROP INDEX IF EXISTS enclosures_user_entry_url_unique_idx;
CREATE UNIQUE INDEX enclosures_user_entry_url_unique_idx
	ON enclosures (user_id, entry_id, encode(sha256(url::bytea), 'hex'));

-- migrate:down irreversible
