-- revision: v20170315133901
-- down_revision: v20170312165531
-- message: rust-lang/crates.io make_dependencies_schema_match_use

-- migrate:up
UPDATE dependencies SET kind = 0 WHERE kind IS NULL;
ALTER TABLE dependencies
  ALTER COLUMN kind SET DEFAULT 0,
  ALTER COLUMN kind SET NOT NULL,
  ALTER COLUMN features SET DATA TYPE text[] USING string_to_array(features, ',');

-- migrate:down
ALTER TABLE dependencies
  ALTER COLUMN kind DROP DEFAULT,
  ALTER COLUMN kind DROP NOT NULL,
  ALTER COLUMN features SET DATA TYPE text USING array_to_string(features, ',');
