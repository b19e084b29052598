-- revision: v0097
-- down_revision: v0096
-- message: harness/harness update_ar_generic_artifact_tables

-- migrate:up
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
ALTER TABLE nodes DROP CONSTRAINT unique_nodes;
ALTER TABLE nodes ADD CONSTRAINT unique_nodes UNIQUE (node_registry_id, node_path);

ALTER TABLE artifacts
    ADD COLUMN artifact_metadata JSONB;


-- migrate:down
ALTER TABLE nodes DROP CONSTRAINT unique_nodes;
ALTER TABLE nodes ADD CONSTRAINT unique_node_path UNIQUE (node_registry_id, node_path);
ALTER TABLE artifacts DROP COLUMN artifact_metadata;
