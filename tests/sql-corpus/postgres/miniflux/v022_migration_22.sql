-- revision: v022
-- down_revision: v021
-- message: miniflux/v2 migration_22

-- migrate:up
UPDATE
	entries
SET
	document_vectors = setweight(to_tsvector(substring(coalesce(title, '') for 1000000)), 'A') || setweight(to_tsvector(substring(coalesce(content, '') for 1000000)), 'B');

-- migrate:down irreversible
