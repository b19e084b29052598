-- revision: v0130
-- down_revision: v0120
-- message: goharbor/harbor 2_10_0_schema

-- migrate:up
DROP TABLE IF EXISTS harbor_resource_label;

CREATE INDEX IF NOT EXISTS idx_artifact_accessory_subject_artifact_id ON artifact_accessory (subject_artifact_id);

-- migrate:down irreversible
