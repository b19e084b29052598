-- revision: 06b7c293bc69
-- down_revision: b5f5644500d2
-- message: PrefectHQ/prefect create_new_deployment_version_table

-- migrate:up
-- alembic: upgrade b5f5644500d2 -> 06b7c293bc69

CREATE TABLE deployment_version (
    deployment_id UUID NOT NULL,
    branch VARCHAR,
    version_info JSONB DEFAULT '{}' NOT NULL,
    description TEXT,
    tags JSONB DEFAULT '[]' NOT NULL,
    labels JSONB,
    entrypoint VARCHAR,
    pull_steps JSONB,
    parameters JSONB DEFAULT '{}' NOT NULL,
    parameter_openapi_schema JSONB,
    enforce_parameter_schema BOOLEAN DEFAULT '0' NOT NULL,
    work_queue_id UUID,
    work_queue_name VARCHAR,
    infra_overrides JSONB DEFAULT '{}' NOT NULL,
    id UUID DEFAULT (GEN_RANDOM_UUID()) NOT NULL,
    created TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_deployment_version PRIMARY KEY (id),
    CONSTRAINT fk_deployment_version__deployment_id__deployment FOREIGN KEY(deployment_id) REFERENCES deployment (id) ON DELETE CASCADE,
    CONSTRAINT fk_deployment_version__work_queue_id__work_queue FOREIGN KEY(work_queue_id) REFERENCES work_queue (id) ON DELETE SET NULL
);

CREATE INDEX ix_deployment_version__deployment_id ON deployment_version (deployment_id);

CREATE INDEX ix_deployment_version__updated ON deployment_version (updated);

CREATE INDEX ix_deployment_version__work_queue_id ON deployment_version (work_queue_id);

CREATE INDEX ix_deployment_version__work_queue_name ON deployment_version (work_queue_name);

CREATE UNIQUE INDEX uq_deployment_version__deployment__branch ON deployment_version (deployment_id, branch);

ALTER TABLE deployment ADD COLUMN version_id UUID;

CREATE INDEX ix_deployment__version_id ON deployment (version_id);

-- migrate:down
-- alembic: downgrade 06b7c293bc69 -> b5f5644500d2

DROP INDEX uq_deployment_version__deployment__branch;

DROP INDEX ix_deployment_version__work_queue_name;

DROP INDEX ix_deployment_version__work_queue_id;

DROP INDEX ix_deployment_version__updated;

DROP INDEX ix_deployment_version__deployment_id;

DROP INDEX ix_deployment__version_id;

ALTER TABLE deployment DROP COLUMN version_id;

DROP TABLE deployment_version;
