-- revision: 3bf47e3ce2dd
-- down_revision: 46bd82c6279a
-- message: PrefectHQ/prefect add_index_on_log

-- migrate:up
-- alembic: upgrade 46bd82c6279a -> 3bf47e3ce2dd

CREATE INDEX ix_log__flow_run_id_timestamp ON log (flow_run_id, timestamp);

-- migrate:down
-- alembic: downgrade 3bf47e3ce2dd -> 46bd82c6279a

DROP INDEX ix_log__flow_run_id_timestamp;
