-- revision: v1601993584
-- down_revision: v1601993583
-- message: concourse/concourse add_resource_id_to_builds

-- migrate:up

ALTER TABLE builds
ADD COLUMN resource_id integer UNIQUE REFERENCES resources (id) ON DELETE CASCADE;


-- migrate:down

ALTER TABLE builds
DROP COLUMN resource_id;

