-- revision: bad1e352c597
-- down_revision: 7218aad17905
-- message: PrefectHQ/prefect add_index_on_event_resources_occurred_for_vacuum_performance
-- transactional: false

-- migrate:up
-- alembic: upgrade 7218aad17905 -> bad1e352c597

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_event_resources__occurred
            ON event_resources (occurred);

-- migrate:down
-- alembic: downgrade bad1e352c597 -> 7218aad17905

DROP INDEX CONCURRENTLY IF EXISTS ix_event_resources__occurred;
