-- revision: v1589991895
-- down_revision: v1588860260
-- message: concourse/concourse add_config_pinned_version_to_resource_pins

-- migrate:up
ALTER TABLE resource_pins ADD COLUMN config boolean NOT NULL DEFAULT false;

-- migrate:down
ALTER TABLE resource_pins DROP COLUMN config;
