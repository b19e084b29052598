-- revision: v20251109122721
-- down_revision: v20251027163724
-- message: lakekeeper/lakekeeper role_project_filter

-- migrate:up
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Drop redundant index. project_id is also part of `unique_role_name_in_project`
DROP INDEX IF EXISTS role_project_id_idx;

-- Drop the old single-column GiST index
DROP INDEX IF EXISTS role_name_gist_idx;

-- Create a composite GiST index
CREATE INDEX role_project_name_gist_idx ON role USING gist (project_id, name gist_trgm_ops (siglen = '256'));

-- migrate:down irreversible
