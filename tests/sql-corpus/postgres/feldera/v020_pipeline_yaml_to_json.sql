-- revision: v020
-- down_revision: v019
-- message: feldera/feldera pipeline_yaml_to_json

-- migrate:up
-- Adds the `uses_json` field to the `pipeline` table.

ALTER TABLE pipeline
ADD COLUMN uses_json BOOLEAN NOT NULL DEFAULT FALSE;

-- migrate:down irreversible
