-- revision: v069
-- down_revision: v068
-- message: miniflux/v2 migration_69

-- migrate:up
DELETE FROM enclosures a USING enclosures b
WHERE a.id < b.id
	AND a.user_id = b.user_id
	AND a.entry_id = b.entry_id
	AND a.url = b.url;
DROP INDEX enclosures_user_entry_url_idx;
CREATE UNIQUE INDEX enclosures_user_entry_url_unique_idx ON enclosures(user_id, entry_id, encode(sha256(url::bytea), 'hex'));

-- migrate:down irreversible
