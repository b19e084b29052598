-- revision: v001007
-- down_revision: v001006
-- message: temporalio/temporal cluster_metadata_info_no_start_version_tiered_storage_tasks

-- migrate:up
CREATE TABLE cluster_metadata_info (
  metadata_partition        INT NOT NULL,
  cluster_name              VARCHAR(255) NOT NULL,
  data                      MEDIUMBLOB NOT NULL,
  data_encoding             VARCHAR(16) NOT NULL,
  version                   BIGINT NOT NULL,
  PRIMARY KEY(metadata_partition, cluster_name)
);
ALTER TABLE current_executions ALTER COLUMN start_version SET DEFAULT 0;
CREATE TABLE tiered_storage_tasks (
    shard_id      INT         NOT NULL,
    task_id       BIGINT      NOT NULL,
    --
    data          MEDIUMBLOB  NOT NULL,
    data_encoding VARCHAR(16) NOT NULL,
    PRIMARY KEY (shard_id, task_id)
);

-- migrate:down irreversible
