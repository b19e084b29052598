-- revision: v0106b
-- down_revision: v0106a
-- message: harness/harness create_index_download_stat_artifact_id

-- migrate:up
CREATE INDEX download_stat_artifact_id ON download_stats(download_stat_artifact_id);

-- migrate:down
DROP INDEX IF EXISTS download_stat_artifact_id;
