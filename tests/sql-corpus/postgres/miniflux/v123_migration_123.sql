-- revision: v123
-- down_revision: v122
-- message: miniflux/v2 migration_123

-- migrate:up
DROP INDEX document_vectors_idx;
CREATE INDEX document_vectors_idx
	ON entries
	USING gin(document_vectors)
	WHERE status != 'removed';

-- migrate:down irreversible
