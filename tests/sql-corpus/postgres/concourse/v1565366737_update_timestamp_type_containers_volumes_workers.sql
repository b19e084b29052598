-- revision: v1565366737
-- down_revision: v1563997651
-- message: concourse/concourse update_timestamp_type_containers_volumes_workers

-- migrate:up

ALTER TABLE containers
  ALTER COLUMN missing_since TYPE timestamp with time zone;

ALTER TABLE volumes
  ALTER COLUMN missing_since TYPE timestamp with time zone;

ALTER TABLE workers
  ALTER COLUMN start_time TYPE timestamp with time zone USING to_timestamp(start_time);


-- migrate:down

ALTER TABLE containers
  ALTER COLUMN missing_since TYPE timestamp without time zone;

ALTER TABLE volumes
  ALTER COLUMN missing_since TYPE timestamp without time zone;

ALTER TABLE workers
  ALTER COLUMN start_time TYPE integer USING extract(epoch from start_time)::integer;

