-- revision: v01_21
-- down_revision: v01_20
-- message: kestra-io/kestra trigger_worker_id

-- migrate:up
alter table triggers add "worker_id" VARCHAR(250) GENERATED ALWAYS AS (value ->> 'workerId') STORED;

-- migrate:down irreversible
