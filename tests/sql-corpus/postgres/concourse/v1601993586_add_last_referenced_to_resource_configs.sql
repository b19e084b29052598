-- revision: v1601993586
-- down_revision: v1601993585
-- message: concourse/concourse add_last_referenced_to_resource_configs

-- migrate:up

ALTER TABLE resource_configs
ADD COLUMN last_referenced timestamp with time zone NOT NULL DEFAULT '1970-01-01 00:00:00'::timestamp with time zone;


-- migrate:down

ALTER TABLE resource_configs DROP COLUMN last_referenced;

