-- revision: v127
-- down_revision: v126
-- message: miniflux/v2 migration_127

-- migrate:up
CREATE TABLE entry_tombstones (
	feed_id bigint not null references feeds(id) on delete cascade,
	hash text not null check (hash <> ''),
	deleted_at timestamp with time zone not null default now(),
	primary key (feed_id, hash)
);

CREATE INDEX entry_tombstones_deleted_at_idx
	ON entry_tombstones (deleted_at);

-- Some databases contain orphaned entries whose feed is gone,
-- e.g. restored from a dump without foreign key enforcement.
-- Skip them: their tombstones would be useless anyway, and the
-- rows are deleted just below.
INSERT INTO entry_tombstones (feed_id, hash, deleted_at)
	SELECT feed_id, hash, changed_at
	FROM entries
	WHERE status = 'removed' AND hash <> ''
		AND feed_id IN (SELECT id FROM feeds)
	ON CONFLICT (feed_id, hash) DO NOTHING;

DELETE FROM entries WHERE status = 'removed';

-- The "removed" status is no longer used, so drop the partial
-- predicate so the planner can use the index for every search.
DROP INDEX document_vectors_idx;
CREATE INDEX document_vectors_idx
	ON entries
	USING gin(document_vectors);

-- migrate:down irreversible
