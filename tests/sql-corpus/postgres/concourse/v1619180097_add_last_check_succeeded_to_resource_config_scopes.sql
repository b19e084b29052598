-- revision: v1619180097
-- down_revision: v1618347806
-- message: concourse/concourse add_last_check_succeeded_to_resource_config_scopes

-- migrate:up

ALTER TABLE resource_config_scopes
    ADD COLUMN last_check_succeeded boolean DEFAULT false NOT NULL;

-- migrate:down

ALTER TABLE resource_config_scopes
    DROP COLUMN last_check_succeeded;
