-- revision: v1612453794
-- down_revision: v1609959123
-- message: concourse/concourse add_builds_resource_type_id_idx

-- migrate:up

CREATE INDEX builds_resource_type_id_idx ON builds (resource_type_id);


-- migrate:down

DROP INDEX builds_resource_type_id_idx;

