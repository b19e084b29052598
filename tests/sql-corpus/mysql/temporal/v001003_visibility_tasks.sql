-- revision: v001003
-- down_revision: v001002
-- message: temporalio/temporal visibility_tasks

-- migrate:up
CREATE TABLE visibility_tasks(
  shard_id INT NOT NULL,
  task_id BIGINT NOT NULL,
  --
  data MEDIUMBLOB NOT NULL,
  data_encoding VARCHAR(16) NOT NULL,
  PRIMARY KEY (shard_id, task_id)
);

-- migrate:down irreversible
