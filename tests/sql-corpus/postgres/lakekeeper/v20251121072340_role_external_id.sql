-- revision: v20251121072340
-- down_revision: v20251117114624
-- message: lakekeeper/lakekeeper role_external_id

-- migrate:up
ALTER TYPE api_endpoints ADD value 'management-v1-update-role-source-system';

ALTER TABLE role
ADD COLUMN source_id TEXT;

CREATE UNIQUE INDEX unique_role_source_id_per_project ON role (project_id, source_id);

-- migrate:down irreversible
