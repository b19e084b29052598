-- revision: 1b5f0d9ad7c1
-- down_revision: c8d9e0f1a2b3
-- message: mlflow/mlflow add_workspace_columns_and_catalog_table

-- migrate:up
-- alembic: upgrade c8d9e0f1a2b3 -> 1b5f0d9ad7c1

ALTER TABLE experiments DROP CONSTRAINT experiments_name_key;

ALTER TABLE experiments ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE experiments ADD CONSTRAINT uq_experiments_workspace_name UNIQUE (workspace, name);

ALTER TABLE model_versions DROP CONSTRAINT model_versions_name_fkey;

ALTER TABLE registered_model_tags DROP CONSTRAINT registered_model_tags_name_fkey;

ALTER TABLE registered_model_aliases DROP CONSTRAINT registered_model_alias_name_fkey;

ALTER TABLE model_version_tags DROP CONSTRAINT model_version_tags_name_version_fkey;

ALTER TABLE registered_models ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE registered_models DROP CONSTRAINT registered_model_pk;

ALTER TABLE registered_models ADD CONSTRAINT registered_model_pk PRIMARY KEY (workspace, name);

ALTER TABLE model_versions ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE model_versions DROP CONSTRAINT model_version_pk;

ALTER TABLE model_versions ADD CONSTRAINT model_version_pk PRIMARY KEY (workspace, name, version);

ALTER TABLE model_versions ADD CONSTRAINT fk_model_versions_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON UPDATE CASCADE;

ALTER TABLE registered_model_tags ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE registered_model_tags DROP CONSTRAINT registered_model_tag_pk;

ALTER TABLE registered_model_tags ADD CONSTRAINT registered_model_tag_pk PRIMARY KEY (workspace, key, name);

ALTER TABLE registered_model_tags ADD CONSTRAINT fk_registered_model_tags_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON UPDATE CASCADE;

ALTER TABLE model_version_tags ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE model_version_tags DROP CONSTRAINT model_version_tag_pk;

ALTER TABLE model_version_tags ADD CONSTRAINT model_version_tag_pk PRIMARY KEY (workspace, key, name, version);

ALTER TABLE model_version_tags ADD CONSTRAINT fk_model_version_tags_model_versions FOREIGN KEY(workspace, name, version) REFERENCES model_versions (workspace, name, version) ON UPDATE CASCADE;

ALTER TABLE registered_model_aliases ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE registered_model_aliases DROP CONSTRAINT registered_model_alias_pk;

ALTER TABLE registered_model_aliases ADD CONSTRAINT registered_model_alias_pk PRIMARY KEY (workspace, name, alias);

ALTER TABLE registered_model_aliases ADD CONSTRAINT fk_registered_model_aliases_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE evaluation_datasets ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE webhooks ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

DROP INDEX unique_secret_name;

ALTER TABLE secrets ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE secrets ADD CONSTRAINT uq_secrets_workspace_secret_name UNIQUE (workspace, secret_name);

DROP INDEX unique_endpoint_name;

ALTER TABLE endpoints ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE endpoints ADD CONSTRAINT uq_endpoints_workspace_name UNIQUE (workspace, name);

DROP INDEX unique_model_definition_name;

ALTER TABLE model_definitions ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

ALTER TABLE model_definitions ADD CONSTRAINT uq_model_definitions_workspace_name UNIQUE (workspace, name);

DROP INDEX index_jobs_name_status_creation_time;

ALTER TABLE jobs ADD COLUMN workspace VARCHAR(63) DEFAULT 'default' NOT NULL;

CREATE INDEX index_jobs_name_status_creation_time ON jobs (job_name, workspace, status, creation_time);

CREATE INDEX idx_experiments_workspace ON experiments (workspace);

CREATE INDEX idx_registered_models_workspace ON registered_models (workspace);

CREATE INDEX idx_experiments_workspace_creation_time ON experiments (workspace, creation_time);

CREATE INDEX idx_evaluation_datasets_workspace ON evaluation_datasets (workspace);

CREATE INDEX idx_webhooks_workspace ON webhooks (workspace);

CREATE INDEX idx_secrets_workspace ON secrets (workspace);

CREATE INDEX idx_endpoints_workspace ON endpoints (workspace);

CREATE INDEX idx_model_definitions_workspace ON model_definitions (workspace);

CREATE TABLE workspaces (
    name VARCHAR(63) NOT NULL,
    description TEXT,
    default_artifact_root TEXT,
    CONSTRAINT workspaces_pk PRIMARY KEY (name)
);

-- migrate:down
-- alembic: downgrade 1b5f0d9ad7c1 -> c8d9e0f1a2b3

DROP INDEX IF EXISTS idx_experiments_workspace_creation_time;

DROP INDEX IF EXISTS idx_registered_models_workspace;

DROP INDEX IF EXISTS idx_experiments_workspace;

DROP INDEX IF EXISTS idx_evaluation_datasets_workspace;

DROP INDEX IF EXISTS idx_webhooks_workspace;

DROP INDEX IF EXISTS idx_secrets_workspace;

DROP INDEX IF EXISTS idx_endpoints_workspace;

DROP INDEX IF EXISTS idx_model_definitions_workspace;

ALTER TABLE model_version_tags DROP CONSTRAINT fk_model_version_tags_model_versions;

ALTER TABLE registered_model_aliases DROP CONSTRAINT fk_registered_model_aliases_registered_models;

ALTER TABLE registered_model_tags DROP CONSTRAINT fk_registered_model_tags_registered_models;

ALTER TABLE model_versions DROP CONSTRAINT fk_model_versions_registered_models;

ALTER TABLE experiments DROP CONSTRAINT uq_experiments_workspace_name;

ALTER TABLE registered_model_aliases DROP CONSTRAINT registered_model_alias_pk;

ALTER TABLE model_version_tags DROP CONSTRAINT model_version_tag_pk;

ALTER TABLE registered_model_tags DROP CONSTRAINT registered_model_tag_pk;

ALTER TABLE model_versions DROP CONSTRAINT model_version_pk;

ALTER TABLE registered_models DROP CONSTRAINT registered_model_pk;

DROP INDEX index_jobs_name_status_creation_time;

ALTER TABLE model_version_tags DROP COLUMN workspace;

ALTER TABLE registered_model_aliases DROP COLUMN workspace;

ALTER TABLE registered_model_tags DROP COLUMN workspace;

ALTER TABLE model_versions DROP COLUMN workspace;

ALTER TABLE registered_models DROP COLUMN workspace;

ALTER TABLE experiments DROP COLUMN workspace;

ALTER TABLE evaluation_datasets DROP COLUMN workspace;

ALTER TABLE webhooks DROP COLUMN workspace;

ALTER TABLE jobs DROP COLUMN workspace;

ALTER TABLE registered_models ADD CONSTRAINT registered_model_pk PRIMARY KEY (name);

ALTER TABLE model_versions ADD CONSTRAINT model_version_pk PRIMARY KEY (name, version);

ALTER TABLE registered_model_tags ADD CONSTRAINT registered_model_tag_pk PRIMARY KEY (key, name);

ALTER TABLE model_version_tags ADD CONSTRAINT model_version_tag_pk PRIMARY KEY (key, name, version);

ALTER TABLE registered_model_aliases ADD CONSTRAINT registered_model_alias_pk PRIMARY KEY (name, alias);

ALTER TABLE model_versions ADD CONSTRAINT model_versions_name_fkey FOREIGN KEY(name) REFERENCES registered_models (name) ON UPDATE CASCADE;

ALTER TABLE registered_model_tags ADD CONSTRAINT registered_model_tags_name_fkey FOREIGN KEY(name) REFERENCES registered_models (name) ON UPDATE CASCADE;

ALTER TABLE registered_model_aliases ADD CONSTRAINT registered_model_alias_name_fkey FOREIGN KEY(name) REFERENCES registered_models (name) ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE model_version_tags ADD CONSTRAINT model_version_tags_mv_fkey FOREIGN KEY(name, version) REFERENCES model_versions (name, version) ON UPDATE CASCADE;

ALTER TABLE model_definitions DROP CONSTRAINT uq_model_definitions_workspace_name;

ALTER TABLE endpoints DROP CONSTRAINT uq_endpoints_workspace_name;

ALTER TABLE secrets DROP CONSTRAINT uq_secrets_workspace_secret_name;

ALTER TABLE model_definitions DROP COLUMN workspace;

ALTER TABLE endpoints DROP COLUMN workspace;

ALTER TABLE secrets DROP COLUMN workspace;

CREATE UNIQUE INDEX unique_model_definition_name ON model_definitions (name);

CREATE UNIQUE INDEX unique_endpoint_name ON endpoints (name);

CREATE UNIQUE INDEX unique_secret_name ON secrets (secret_name);

CREATE INDEX index_jobs_name_status_creation_time ON jobs (job_name, status, creation_time);

DROP TABLE workspaces;

ALTER TABLE experiments ADD CONSTRAINT uq_experiments_name UNIQUE (name);
