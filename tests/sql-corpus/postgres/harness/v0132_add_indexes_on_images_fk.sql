-- revision: v0132
-- down_revision: v0131
-- message: harness/harness add_indexes_on_images_fk

-- migrate:up
create index if not exists idx_artifacts_artifact_image_id ON artifacts (artifact_image_id);

create index if not exists idx_bandwidth_stats_image_id ON bandwidth_stats (bandwidth_stat_image_id);

-- migrate:down
drop index if exists idx_artifacts_artifact_image_id;
drop index if exists idx_bandwidth_stats_image_id;
