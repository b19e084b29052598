-- revision: 794249a0b1bd
-- down_revision: db1c56bf4d57
-- message: mamba-org/quetz adding_jobs_tables

-- migrate:up
-- alembic: upgrade db1c56bf4d57 -> 794249a0b1bd

CREATE TYPE itemsselection AS ENUM ('watch', 'watch_for', 'all', 'list');

CREATE TYPE jobstatus AS ENUM ('pending', 'queued', 'running', 'success', 'failed', 'timeout', 'cancelled');

CREATE TABLE jobs (
    id SERIAL NOT NULL,
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    manifest BYTEA NOT NULL,
    owner_id BYTEA,
    items_spec VARCHAR,
    items itemsselection NOT NULL,
    status jobstatus NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE cascade
);

CREATE TYPE taskstatus AS ENUM ('pending', 'running', 'success', 'failed', 'skipped');

CREATE TABLE tasks (
    id SERIAL NOT NULL,
    created TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    status taskstatus NOT NULL,
    job_id INTEGER NOT NULL,
    package_version_id BYTEA,
    PRIMARY KEY (id),
    FOREIGN KEY(job_id) REFERENCES jobs (id) ON DELETE cascade,
    FOREIGN KEY(package_version_id) REFERENCES package_versions (id) ON DELETE cascade
);

-- migrate:down
-- alembic: downgrade 794249a0b1bd -> db1c56bf4d57

DROP TABLE tasks;

DROP TABLE jobs;
