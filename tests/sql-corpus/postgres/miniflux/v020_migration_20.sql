-- revision: v020
-- down_revision: v019
-- message: miniflux/v2 migration_20

-- migrate:up
ALTER TABLE entries ADD COLUMN document_vectors tsvector;
UPDATE entries SET document_vectors = to_tsvector(substring(title || ' ' || coalesce(content, '') for 1000000));
CREATE INDEX document_vectors_idx ON entries USING gin(document_vectors);

-- migrate:down irreversible
