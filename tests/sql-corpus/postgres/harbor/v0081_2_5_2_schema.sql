-- revision: v0081
-- down_revision: v0080
-- message: goharbor/harbor 2_5_2_schema

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_artifact_repository_name ON artifact (repository_name);

-- migrate:down irreversible
