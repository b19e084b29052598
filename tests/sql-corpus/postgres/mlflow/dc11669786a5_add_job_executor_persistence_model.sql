-- revision: dc11669786a5
-- down_revision: 75868b020152
-- message: mlflow/mlflow add_job_executor_persistence_model

-- migrate:up
-- alembic: upgrade 75868b020152 -> dc11669786a5

CREATE TABLE scheduler_leases (
    lease_key VARCHAR(255) NOT NULL,
    acquired_at BIGINT NOT NULL,
    ttl_seconds INTEGER NOT NULL,
    CONSTRAINT scheduler_leases_pk PRIMARY KEY (lease_key)
);

CREATE TABLE job_locks (
    lock_key VARCHAR(255) NOT NULL,
    job_id VARCHAR(36) NOT NULL,
    acquired_at BIGINT NOT NULL,
    CONSTRAINT job_locks_pk PRIMARY KEY (lock_key),
    CONSTRAINT fk_job_locks_job_id FOREIGN KEY(job_id) REFERENCES jobs (id) ON DELETE CASCADE
);

CREATE INDEX index_job_locks_job_id ON job_locks (job_id);

ALTER TABLE jobs ADD COLUMN executor_backend VARCHAR(255);

ALTER TABLE jobs ADD COLUMN lease_expires_at BIGINT;

ALTER TABLE jobs ADD COLUMN status_message TEXT;

ALTER TABLE jobs ADD COLUMN progress JSON;

ALTER TABLE jobs ADD COLUMN progress_updated_at BIGINT;

ALTER TABLE jobs ADD COLUMN token_hash VARCHAR(64);

ALTER TABLE jobs ADD COLUMN scoped_permissions JSON;

ALTER TABLE jobs ADD COLUMN next_attempt_at BIGINT;

CREATE INDEX index_jobs_status_lease_expires_at ON jobs (status, lease_expires_at);

-- a row statement offline mode cannot write, left out

-- migrate:down
-- alembic: downgrade dc11669786a5 -> 75868b020152

DROP INDEX index_jobs_status_lease_expires_at;

ALTER TABLE jobs DROP COLUMN next_attempt_at;

ALTER TABLE jobs DROP COLUMN scoped_permissions;

ALTER TABLE jobs DROP COLUMN token_hash;

ALTER TABLE jobs DROP COLUMN progress_updated_at;

ALTER TABLE jobs DROP COLUMN progress;

ALTER TABLE jobs DROP COLUMN status_message;

ALTER TABLE jobs DROP COLUMN lease_expires_at;

ALTER TABLE jobs DROP COLUMN executor_backend;

DROP INDEX index_job_locks_job_id;

DROP TABLE job_locks;

DROP TABLE scheduler_leases;
