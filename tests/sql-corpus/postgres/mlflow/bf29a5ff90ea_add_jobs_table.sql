-- revision: bf29a5ff90ea
-- down_revision: 3da73c924c2f
-- message: mlflow/mlflow add_jobs_table

-- migrate:up
-- alembic: upgrade 3da73c924c2f -> bf29a5ff90ea

CREATE TABLE jobs (
    id VARCHAR(36) NOT NULL,
    creation_time BIGINT NOT NULL,
    function_fullname VARCHAR(500) NOT NULL,
    params TEXT NOT NULL,
    timeout FLOAT(53),
    status INTEGER NOT NULL,
    result TEXT,
    retry_count INTEGER NOT NULL,
    last_update_time BIGINT NOT NULL,
    CONSTRAINT jobs_pk PRIMARY KEY (id)
);

CREATE INDEX index_jobs_function_status_creation_time ON jobs (function_fullname, status, creation_time);

-- migrate:down
-- alembic: downgrade bf29a5ff90ea -> 3da73c924c2f

DROP TABLE jobs;
