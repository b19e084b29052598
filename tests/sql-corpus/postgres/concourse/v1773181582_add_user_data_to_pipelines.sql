-- revision: v1773181582
-- down_revision: v1772140118
-- message: concourse/concourse add_user_data_to_pipelines

-- migrate:up
ALTER TABLE pipelines ADD COLUMN user_data text;

-- migrate:down
ALTER TABLE pipelines DROP COLUMN user_data;
