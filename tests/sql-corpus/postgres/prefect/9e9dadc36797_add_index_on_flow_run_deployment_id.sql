-- revision: 9e9dadc36797
-- down_revision: 50737cdaee36
-- message: PrefectHQ/prefect add_index_on_flow_run_deployment_id
-- transactional: false

-- migrate:up
-- alembic: upgrade 50737cdaee36 -> 9e9dadc36797

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_flow_run__deployment_id
            ON flow_run (deployment_id);

-- migrate:down
-- alembic: downgrade 9e9dadc36797 -> 50737cdaee36

DROP INDEX CONCURRENTLY IF EXISTS ix_flow_run__deployment_id;
