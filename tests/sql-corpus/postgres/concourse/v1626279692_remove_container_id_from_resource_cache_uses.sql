-- revision: v1626279692
-- down_revision: v1626194317
-- message: concourse/concourse remove_container_id_from_resource_cache_uses

-- migrate:up
ALTER TABLE resource_cache_uses DROP COLUMN IF EXISTS container_id;

-- migrate:down
ALTER TABLE resource_cache_uses ADD COLUMN container_id integer REFERENCES containers(id) ON DELETE CASCADE;
CREATE INDEX resource_cache_uses_container_id ON resource_cache_uses(container_id);
