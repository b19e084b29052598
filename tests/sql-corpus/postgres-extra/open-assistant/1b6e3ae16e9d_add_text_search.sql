-- revision: 1b6e3ae16e9d
-- down_revision: 9db92d504f64
-- message: LAION-AI/Open-Assistant add_text_search

-- migrate:up
-- alembic: upgrade 9db92d504f64 -> 1b6e3ae16e9d

ALTER TABLE message ADD COLUMN search_vector TSVECTOR;

CREATE INDEX idx_search_vector ON message USING gin (search_vector);

-- migrate:down
-- alembic: downgrade 1b6e3ae16e9d -> 9db92d504f64

DROP INDEX idx_search_vector;

ALTER TABLE message DROP COLUMN search_vector;
