-- revision: v20260319134532
-- down_revision: v20251015150737
-- message: heroiclabs/nakama add_display_name_index
-- transactional: false

-- migrate:up
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- COMMIT; (the revision's own transaction)
-- Concurrent index creation cannot be done inside a transaction.
CREATE INDEX CONCURRENTLY IF NOT EXISTS users_display_name_idx ON users USING GIN (display_name gin_trgm_ops);
-- BEGIN; (the revision's own transaction)


-- migrate:down
DROP INDEX IF EXISTS users_display_name_idx;
