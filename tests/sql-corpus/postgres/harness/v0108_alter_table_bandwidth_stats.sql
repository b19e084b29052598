-- revision: v0108
-- down_revision: v0107
-- message: harness/harness alter_table_bandwidth_stats

-- migrate:up
ALTER TABLE bandwidth_stats DROP CONSTRAINT IF EXISTS fk_images_image_id;

ALTER TABLE bandwidth_stats
ADD CONSTRAINT fk_images_image_id
FOREIGN KEY (bandwidth_stat_image_id) 
REFERENCES images(image_id)
ON DELETE CASCADE;

-- migrate:down
ALTER TABLE bandwidth_stats DROP CONSTRAINT IF EXISTS fk_images_image_id;

ALTER TABLE bandwidth_stats
ADD CONSTRAINT fk_images_image_id
FOREIGN KEY (bandwidth_stat_image_id) 
REFERENCES images(image_id);
