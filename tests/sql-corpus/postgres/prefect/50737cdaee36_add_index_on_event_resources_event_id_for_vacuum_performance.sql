-- revision: 50737cdaee36
-- down_revision: bad1e352c597
-- message: PrefectHQ/prefect add_index_on_event_resources_event_id_for_vacuum_performance
-- transactional: false

-- migrate:up
-- alembic: upgrade bad1e352c597 -> 50737cdaee36

CREATE INDEX CONCURRENTLY IF NOT EXISTS
            ix_event_resources__event_id
            ON event_resources (event_id);

-- migrate:down
-- alembic: downgrade 50737cdaee36 -> bad1e352c597

DROP INDEX CONCURRENTLY IF EXISTS ix_event_resources__event_id;
