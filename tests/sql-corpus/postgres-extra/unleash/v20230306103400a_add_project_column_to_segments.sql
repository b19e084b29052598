-- revision: v20230306103400a
-- down_revision: v20230302133740
-- message: Unleash/unleash add_project_column_to_segments

-- migrate:up
ALTER TABLE segments ADD COLUMN segment_project_id varchar(255) REFERENCES projects(id) ON DELETE CASCADE;

-- migrate:down irreversible
