-- revision: v1537467395
-- down_revision: v1537197729
-- message: concourse/concourse add_missing_since_to_containers_and_volumes

-- migrate:up

ALTER TABLE containers ADD COLUMN missing_since timestamp without time zone;
ALTER TABLE volumes ADD COLUMN missing_since timestamp without time zone;


-- migrate:down

ALTER TABLE containers DROP COLUMN missing_since;
ALTER TABLE volumes DROP COLUMN missing_since;

