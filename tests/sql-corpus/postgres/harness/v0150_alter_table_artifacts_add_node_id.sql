-- revision: v0150
-- down_revision: v0149
-- message: harness/harness alter_table_artifacts_add_node_id

-- migrate:up
ALTER TABLE artifacts ADD COLUMN artifact_node_id UUID;

ALTER TABLE artifacts ADD CONSTRAINT fk_artifacts_node_id
    FOREIGN KEY (artifact_node_id) REFERENCES nodes (node_id) ON DELETE SET NULL;

CREATE INDEX IF NOT EXISTS idx_artifacts_node_id ON artifacts (artifact_node_id);

-- migrate:down
DROP INDEX IF EXISTS idx_artifacts_node_id;

ALTER TABLE artifacts DROP CONSTRAINT IF EXISTS fk_artifacts_node_id;

ALTER TABLE artifacts DROP COLUMN IF EXISTS artifact_node_id;
