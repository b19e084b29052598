-- revision: v20230813175221
-- down_revision: v20230813175220
-- message: rust-lang/crates.io faster_reverse_dependencies_query

-- migrate:up
ALTER TABLE versions ADD COLUMN IF NOT EXISTS semver_no_prerelease semver_triple GENERATED ALWAYS AS (to_semver_no_prerelease(num)) STORED;

-- migrate:down
ALTER TABLE versions DROP COLUMN IF EXISTS semver_no_prerelease;
