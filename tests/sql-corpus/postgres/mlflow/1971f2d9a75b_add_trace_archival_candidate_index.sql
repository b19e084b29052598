-- revision: 1971f2d9a75b
-- down_revision: 6f8d9c3b2a1e
-- message: mlflow/mlflow add_trace_archival_candidate_index

-- migrate:up
-- alembic: upgrade 6f8d9c3b2a1e -> 1971f2d9a75b

CREATE INDEX index_trace_info_timestamp_ms_request_id ON trace_info (timestamp_ms, request_id);

-- migrate:down
-- alembic: downgrade 1971f2d9a75b -> 6f8d9c3b2a1e

DROP INDEX index_trace_info_timestamp_ms_request_id;
