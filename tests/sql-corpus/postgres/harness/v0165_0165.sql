-- revision: v0165
-- down_revision: v0164
-- message: harness/harness 0165

-- migrate:up
create index if not exists idx_package_tags_artifact_id ON package_tags(package_tag_artifact_id);

-- migrate:down
DROP INDEX IF EXISTS idx_package_tags_artifact_id;
