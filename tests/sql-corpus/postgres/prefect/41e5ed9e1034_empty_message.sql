-- revision: 41e5ed9e1034
-- down_revision: 8ea825da948d
-- message: PrefectHQ/prefect empty_message
-- transactional: false

-- migrate:up
-- alembic: upgrade 8ea825da948d -> 41e5ed9e1034

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX CONCURRENTLY
            trgm_ix_work_queue_name
            ON work_queue USING gin (name gin_trgm_ops);

-- migrate:down
-- alembic: downgrade 41e5ed9e1034 -> 8ea825da948d

DROP INDEX CONCURRENTLY trgm_ix_work_queue_name;
