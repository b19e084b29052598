-- revision: v20170311180634
-- down_revision: v20170309122510
-- message: rust-lang/crates.io remove_semver_index

-- migrate:up
DROP INDEX versions_to_semver_no_prerelease_idx;

-- migrate:down
CREATE INDEX versions_to_semver_no_prerelease_idx ON versions (crate_id, to_semver_no_prerelease(num) DESC NULLS LAST) WHERE NOT yanked;
