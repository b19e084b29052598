-- revision: v14
-- down_revision: v13_01
-- message: conductor-oss/conductor parent_workflow_id

-- migrate:up
ALTER TABLE workflow_index ADD COLUMN parent_workflow_id VARCHAR(255) NOT NULL DEFAULT '';
CREATE INDEX workflow_index_parent_workflow_id_idx ON workflow_index (parent_workflow_id);

-- migrate:down irreversible
