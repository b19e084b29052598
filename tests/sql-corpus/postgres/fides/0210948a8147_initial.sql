-- revision: 0210948a8147
-- down_revision: none
-- message: ethyca/fides initial

-- migrate:up
-- alembic: upgrade  -> 0210948a8147

CREATE TABLE client (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    hashed_secret VARCHAR NOT NULL,
    salt VARCHAR NOT NULL,
    scopes VARCHAR[] NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_client_id ON client (id);

CREATE TYPE connectiontype AS ENUM ('postgres', 'mongodb', 'mysql', 'https');

CREATE TYPE accesslevel AS ENUM ('read', 'write');

CREATE TABLE connectionconfig (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    connection_type connectiontype NOT NULL,
    access accesslevel NOT NULL,
    secrets VARCHAR,
    last_test_timestamp TIMESTAMP WITH TIME ZONE,
    last_test_succeeded BOOLEAN,
    PRIMARY KEY (id)
);

CREATE INDEX ix_connectionconfig_id ON connectionconfig (id);

CREATE UNIQUE INDEX ix_connectionconfig_key ON connectionconfig (key);

CREATE UNIQUE INDEX ix_connectionconfig_name ON connectionconfig (name);

CREATE TYPE actiontype AS ENUM ('access', 'consent', 'erasure', 'update');

CREATE TYPE executionlogstatus AS ENUM ('in_processing', 'pending', 'complete', 'error', 'retrying');

CREATE TABLE executionlog (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    dataset_name VARCHAR,
    collection_name VARCHAR,
    fields_affected JSONB,
    message VARCHAR,
    action_type actiontype NOT NULL,
    status executionlogstatus NOT NULL,
    privacy_request_id VARCHAR NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_executionlog_action_type ON executionlog (action_type);

CREATE INDEX ix_executionlog_collection_name ON executionlog (collection_name);

CREATE INDEX ix_executionlog_dataset_name ON executionlog (dataset_name);

CREATE INDEX ix_executionlog_id ON executionlog (id);

CREATE INDEX ix_executionlog_privacy_request_id ON executionlog (privacy_request_id);

CREATE INDEX ix_executionlog_status ON executionlog (status);

CREATE TYPE storagetype AS ENUM ('s3', 'gcs', 'transcend', 'onetrust', 'ethyca', 'local');

CREATE TYPE responseformat AS ENUM ('json', 'csv');

CREATE TABLE storageconfig (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR,
    type storagetype NOT NULL,
    details JSONB NOT NULL,
    key VARCHAR NOT NULL,
    secrets VARCHAR,
    format responseformat DEFAULT 'json' NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_storageconfig_id ON storageconfig (id);

CREATE UNIQUE INDEX ix_storageconfig_key ON storageconfig (key);

CREATE UNIQUE INDEX ix_storageconfig_name ON storageconfig (name);

CREATE INDEX ix_storageconfig_type ON storageconfig (type);

CREATE TABLE datasetconfig (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    connection_config_id VARCHAR NOT NULL,
    fides_key VARCHAR NOT NULL,
    dataset JSONB NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(connection_config_id) REFERENCES connectionconfig (id)
);

CREATE UNIQUE INDEX ix_datasetconfig_fides_key ON datasetconfig (fides_key);

CREATE INDEX ix_datasetconfig_id ON datasetconfig (id);

CREATE TABLE policy (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    client_id VARCHAR NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(client_id) REFERENCES client (id),
    UNIQUE (name)
);

CREATE INDEX ix_policy_id ON policy (id);

CREATE UNIQUE INDEX ix_policy_key ON policy (key);

CREATE TYPE privacyrequeststatus AS ENUM ('in_processing', 'pending', 'complete', 'error');

CREATE TABLE privacyrequest (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    external_id VARCHAR,
    started_processing_at TIMESTAMP WITH TIME ZONE,
    finished_processing_at TIMESTAMP WITH TIME ZONE,
    requested_at TIMESTAMP WITH TIME ZONE,
    status privacyrequeststatus NOT NULL,
    client_id VARCHAR,
    origin VARCHAR,
    policy_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(client_id) REFERENCES client (id),
    FOREIGN KEY(policy_id) REFERENCES policy (id)
);

CREATE INDEX ix_privacyrequest_external_id ON privacyrequest (external_id);

CREATE INDEX ix_privacyrequest_id ON privacyrequest (id);

CREATE INDEX ix_privacyrequest_status ON privacyrequest (status);

CREATE TABLE rule (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    policy_id VARCHAR NOT NULL,
    action_type actiontype NOT NULL,
    masking_strategy VARCHAR,
    storage_destination_id VARCHAR,
    client_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(client_id) REFERENCES client (id),
    FOREIGN KEY(policy_id) REFERENCES policy (id),
    FOREIGN KEY(storage_destination_id) REFERENCES storageconfig (id),
    UNIQUE (name)
);

CREATE INDEX ix_rule_id ON rule (id);

CREATE UNIQUE INDEX ix_rule_key ON rule (key);

CREATE TABLE ruletarget (
    id VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
    name VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    data_category VARCHAR NOT NULL,
    rule_id VARCHAR NOT NULL,
    client_id VARCHAR,
    PRIMARY KEY (id),
    FOREIGN KEY(client_id) REFERENCES client (id),
    FOREIGN KEY(rule_id) REFERENCES rule (id),
    UNIQUE (name),
    CONSTRAINT _rule_id_data_category_uc UNIQUE (rule_id, data_category)
);

CREATE INDEX ix_ruletarget_id ON ruletarget (id);

CREATE UNIQUE INDEX ix_ruletarget_key ON ruletarget (key);

-- migrate:down
-- alembic: downgrade 0210948a8147 ->

DROP INDEX ix_ruletarget_key;

DROP INDEX ix_ruletarget_id;

DROP TABLE ruletarget;

DROP INDEX ix_rule_key;

DROP INDEX ix_rule_id;

DROP TABLE rule;

DROP INDEX ix_privacyrequest_status;

DROP INDEX ix_privacyrequest_id;

DROP INDEX ix_privacyrequest_external_id;

DROP TABLE privacyrequest;

DROP INDEX ix_policy_key;

DROP INDEX ix_policy_id;

DROP TABLE policy;

DROP INDEX ix_datasetconfig_id;

DROP INDEX ix_datasetconfig_fides_key;

DROP TABLE datasetconfig;

DROP INDEX ix_storageconfig_type;

DROP INDEX ix_storageconfig_name;

DROP INDEX ix_storageconfig_key;

DROP INDEX ix_storageconfig_id;

DROP TABLE storageconfig;

DROP INDEX ix_executionlog_status;

DROP INDEX ix_executionlog_privacy_request_id;

DROP INDEX ix_executionlog_id;

DROP INDEX ix_executionlog_dataset_name;

DROP INDEX ix_executionlog_collection_name;

DROP INDEX ix_executionlog_action_type;

DROP TABLE executionlog;

DROP INDEX ix_connectionconfig_name;

DROP INDEX ix_connectionconfig_key;

DROP INDEX ix_connectionconfig_id;

DROP TABLE connectionconfig;

DROP INDEX ix_client_id;

DROP TABLE client;
