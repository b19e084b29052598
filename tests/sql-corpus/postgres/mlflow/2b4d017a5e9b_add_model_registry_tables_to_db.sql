-- revision: 2b4d017a5e9b
-- down_revision: 89d4b8295536
-- message: mlflow/mlflow add_model_registry_tables_to_db

-- migrate:up
-- alembic: upgrade 89d4b8295536 -> 2b4d017a5e9b

CREATE TABLE registered_models (
    name VARCHAR(256) NOT NULL,
    creation_time BIGINT,
    last_updated_time BIGINT,
    description VARCHAR(5000),
    CONSTRAINT registered_model_pk PRIMARY KEY (name),
    UNIQUE (name)
);

CREATE TABLE model_versions (
    name VARCHAR(256) NOT NULL,
    version INTEGER NOT NULL,
    creation_time BIGINT,
    last_updated_time BIGINT,
    description VARCHAR(5000),
    user_id VARCHAR(256),
    current_stage VARCHAR(20),
    source VARCHAR(500),
    run_id VARCHAR(32) NOT NULL,
    status VARCHAR(20),
    status_message VARCHAR(500),
    CONSTRAINT model_version_pk PRIMARY KEY (name, version),
    FOREIGN KEY(name) REFERENCES registered_models (name) ON UPDATE cascade
);

-- migrate:down
-- alembic: downgrade 2b4d017a5e9b -> 89d4b8295536

DROP TABLE registered_models;

DROP TABLE model_versions;
