-- revision: 40d0bc3f9994
-- down_revision: f2f377ed2cf5
-- message: polarsource/polar add_index_on_files_path
-- transactional: false

-- migrate:up
-- alembic: upgrade f2f377ed2cf5 -> 40d0bc3f9994

DROP INDEX CONCURRENTLY IF EXISTS ix_files_path;

CREATE INDEX CONCURRENTLY ix_files_path ON files (path);

-- migrate:down
-- alembic: downgrade 40d0bc3f9994 -> f2f377ed2cf5

DROP INDEX CONCURRENTLY IF EXISTS ix_files_path;
