-- revision: v1612457776
-- down_revision: v1612453794
-- message: concourse/concourse add_check_build_events_partition

-- migrate:up

CREATE TABLE check_build_events () INHERITS (build_events);
CREATE UNIQUE INDEX check_build_events_build_id_event_id ON check_build_events (build_id, event_id);


-- migrate:down

DROP INDEX check_build_events_build_id_event_id;
DROP TABLE check_build_events;

