-- revision: v1544632261
-- down_revision: v1543523136
-- message: concourse/concourse add_constraint_on_resource_config_id_to_resource_types

-- migrate:up

ALTER TABLE resource_types
  DROP CONSTRAINT resource_types_resource_config_id_fkey,
  ADD CONSTRAINT resource_types_resource_config_id_fkey FOREIGN KEY (resource_config_id) REFERENCES resource_configs(id) ON DELETE RESTRICT;


-- migrate:down

ALTER TABLE resource_types
  DROP CONSTRAINT resource_types_resource_config_id_fkey,
  ADD CONSTRAINT resource_types_resource_config_id_fkey FOREIGN KEY (resource_config_id) REFERENCES resource_configs(id) ON DELETE SET NULL;

