-- revision: v1627322243
-- down_revision: v1626279692
-- message: concourse/concourse remove_image_check_get_from_containers

-- migrate:up
DROP INDEX IF EXISTS containers_image_check_container_id;
DROP INDEX IF EXISTS containers_image_get_container_id;

ALTER TABLE resource_cache_uses DROP COLUMN IF EXISTS image_check_container_id;
ALTER TABLE resource_cache_uses DROP COLUMN IF EXISTS image_get_container_id;

-- migrate:down
ALTER TABLE resource_cache_uses ADD COLUMN image_check_container_id integer REFERENCES containers(id) ON DELETE SET NULL;
ALTER TABLE resource_cache_uses ADD COLUMN image_get_container_id integer REFERENCES containers(id) ON DELETE SET NULL;

CREATE INDEX containers_image_check_container_id ON containers (image_check_container_id);
CREATE INDEX containers_image_get_container_id ON containers (image_get_container_id);
