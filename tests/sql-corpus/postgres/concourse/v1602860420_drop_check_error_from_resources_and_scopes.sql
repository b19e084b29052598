-- revision: v1602860420
-- down_revision: v1602860419
-- message: concourse/concourse drop_check_error_from_resources_and_scopes

-- migrate:up

ALTER TABLE resources DROP COLUMN check_error;
ALTER TABLE resource_types DROP COLUMN check_error;
ALTER TABLE resource_config_scopes DROP COLUMN check_error;


-- migrate:down

ALTER TABLE resources ADD COLUMN check_error text;
ALTER TABLE resource_types ADD COLUMN check_error text;
ALTER TABLE resource_config_scopes ADD COLUMN check_error text;

