-- revision: v0059b
-- down_revision: v0059a
-- message: harness/harness alter_table_gitspace_events_add_timestamp_rename_uid

-- migrate:up
ALTER TABLE gitspace_events RENAME COLUMN geven_entity_uid to geven_query_key;

ALTER TABLE gitspace_events
    ADD COLUMN geven_timestamp BIGINT;
UPDATE gitspace_events
SET geven_timestamp = geven_created * 1000000;
ALTER TABLE gitspace_events
    ALTER COLUMN geven_timestamp SET NOT NULL;

-- migrate:down
ALTER TABLE gitspace_events RENAME COLUMN geven_query_key to geven_entity_uid;

ALTER TABLE gitspace_events DROP COLUMN geven_timestamp;
