-- revision: v1602860421
-- down_revision: v1602860420
-- message: concourse/concourse add_resource_type_id_to_builds

-- migrate:up

ALTER TABLE builds
ADD COLUMN resource_type_id integer REFERENCES resource_types (id) ON DELETE CASCADE;


-- migrate:down

ALTER TABLE builds
DROP COLUMN resource_type_id;

