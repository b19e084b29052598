-- revision: v1603405319
-- down_revision: v1603401316
-- message: concourse/concourse prepare_build_events_for_bigint_migration

-- migrate:up

-- rename old column and indexes
ALTER TABLE build_events RENAME COLUMN build_id TO build_id_old;
DROP INDEX build_events_build_id_idx;
ALTER INDEX build_events_build_id_event_id RENAME TO build_events_build_id_old_event_id;

-- add new bigint column which will be populated gradually at runtime
ALTER TABLE build_events ADD COLUMN build_id bigint;

-- create a replacement index along with what will become the new primary key
CREATE UNIQUE INDEX build_events_build_id_event_id ON build_events (build_id, event_id);


-- migrate:down

-- restore id for any newly written events
UPDATE build_events SET build_id_old = build_id WHERE build_id_old IS NULL;

-- drop the indexes for the bigint column
DROP INDEX build_events_build_id_event_id;

-- drop the bigint column
ALTER TABLE build_events DROP COLUMN build_id;

-- rename everything back
ALTER TABLE build_events RENAME COLUMN build_id_old TO build_id;
ALTER INDEX build_events_build_id_old_event_id  RENAME TO build_events_build_id_event_id;
CREATE INDEX build_events_build_id_idx ON build_events (build_id);

