-- revision: 77ebcc9cf355
-- down_revision: cdcb4018dd0e
-- message: PrefectHQ/prefect add_indexes_for_partial_name_matches
-- transactional: false

-- migrate:up
-- alembic: upgrade cdcb4018dd0e -> 77ebcc9cf355

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX CONCURRENTLY
            trgm_ix_flow_name
            ON flow USING gin (name gin_trgm_ops);

CREATE INDEX CONCURRENTLY
            trgm_ix_flow_run_name
            ON flow_run USING gin (name gin_trgm_ops);

CREATE INDEX CONCURRENTLY
            trgm_ix_task_run_name
            ON task_run USING gin (name gin_trgm_ops);

CREATE INDEX CONCURRENTLY
            trgm_ix_deployment_name
            ON deployment USING gin (name gin_trgm_ops);

-- migrate:down
-- alembic: downgrade 77ebcc9cf355 -> cdcb4018dd0e

DROP INDEX CONCURRENTLY trgm_ix_flow_name;

DROP INDEX CONCURRENTLY trgm_ix_flow_run_name;

DROP INDEX CONCURRENTLY trgm_ix_task_run_name;

DROP INDEX CONCURRENTLY trgm_ix_deployment_name;

DROP EXTENSION IF EXISTS pg_trgm;
