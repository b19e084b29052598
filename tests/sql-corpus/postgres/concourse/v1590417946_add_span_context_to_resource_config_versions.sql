-- revision: v1590417946
-- down_revision: v1589991895
-- message: concourse/concourse add_span_context_to_resource_config_versions

-- migrate:up

ALTER TABLE resource_config_versions ADD COLUMN span_context jsonb;


-- migrate:down

ALTER TABLE resource_config_versions DROP COLUMN span_context;

