-- revision: v01_20
-- down_revision: v01_19
-- message: kestra-io/kestra drop_worker_instance

-- migrate:up
DROP TABLE IF EXISTS worker_instance;

-- migrate:down irreversible
