-- revision: v029
-- down_revision: v028
-- message: miniflux/v2 migration_29

-- migrate:up
CREATE INDEX enclosures_user_entry_url_idx ON enclosures(user_id, entry_id, encode(sha256(url::bytea), 'hex'));

-- migrate:down irreversible
