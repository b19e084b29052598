-- revision: v02
-- down_revision: v01
-- message: conductor-oss/conductor 1009_Fix_PostgresExecutionDAO_Index

-- migrate:up
DROP INDEX IF EXISTS unique_event_execution;

CREATE UNIQUE INDEX unique_event_execution ON event_execution (event_handler_name,event_name,execution_id);

-- migrate:down irreversible
